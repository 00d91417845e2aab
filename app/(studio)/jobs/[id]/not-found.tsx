import Link from "next/link";

export default function JobNotFound() {
  return (
    <div className="mx-auto grid max-w-md place-items-center px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Job not found</h1>
      <p className="mt-2 text-sm text-neutral-400">It does not exist, or it is not shared with you.</p>
      <Link href="/gallery" className="mt-6 text-sm text-accent hover:underline">
        Back to the gallery
      </Link>
    </div>
  );
}
