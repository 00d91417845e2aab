import Link from "next/link";

/** Shown instead of a page the signed-in user may not open. */
export function Forbidden({ message = "This area is for admins only." }: { message?: string }) {
  return (
    <div className="mx-auto grid max-w-md place-items-center px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-sm text-neutral-400">{message}</p>
      <Link href="/" className="mt-6 text-sm text-accent hover:underline">
        Back to the studio
      </Link>
    </div>
  );
}
