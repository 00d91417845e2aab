"use client";

import type { JobDetailDTO } from "@/lib/dto/jobs";
import { parsePrompt } from "@/lib/prompt/prompt-flags";
import { jobTitle } from "./job-label";
import { JobReferences } from "./job-references";
import { SeedValue } from "./seed-value";

function seconds(from: string | null, to: string | null): string | null {
  if (!from || !to) return null;
  const s = (new Date(to).getTime() - new Date(from).getTime()) / 1000;
  return s < 60 ? `${s.toFixed(s < 10 ? 1 : 0)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** The 2026 flags worth a row of their own (the references' URLs stay in the prompt). */
const REFERENCE_ROWS = [
  ["sw", "Style weight"],
  ["sv", "Style reference version"],
  ["ow", "Omni weight"],
  ["cw", "Character weight"],
  ["exp", "Experimental"],
  ["p", "Personalization"],
  ["raw", "Raw"],
  ["draft", "Draft"],
  ["hd", "HD"],
] as const;

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" }) : "—");

/** The job's parameters, seed, vendor and timings. */
export function JobDetails({ job }: { job: JobDetailDTO }) {
  const { flags } = parsePrompt(job.prompt);
  const params: [string, string][] = [
    ["Aspect ratio", flags.ar ?? job.aspectRatio],
    ...(flags.niji ? [["Version", `Niji ${flags.niji}`] as [string, string]] : flags.version ? [["Version", flags.version] as [string, string]] : []),
    ...(flags.style ? [["Style", flags.style] as [string, string]] : []),
    ...(["stylize", "chaos", "quality", "weird"] as const)
      .filter((k) => flags[k] !== undefined)
      .map((k) => [k[0].toUpperCase() + k.slice(1), String(flags[k])] as [string, string]),
    ...(flags.tile ? [["Tile", "On"] as [string, string]] : []),
    ...REFERENCE_ROWS.filter(([k]) => flags[k] !== undefined && flags[k] !== false).map(
      ([k, label]) =>
        [label, flags[k] === true ? "On" : Array.isArray(flags[k]) ? (flags[k] as string[]).join(" ") || "Default" : String(flags[k])] as [string, string],
    ),
    ...(flags.no ? [["Exclude", flags.no] as [string, string]] : []),
    ...(job.mode ? [["Mode", job.mode[0].toUpperCase() + job.mode.slice(1)] as [string, string]] : []),
    ...(job.width && job.height ? [["Size", `${job.width} × ${job.height}`] as [string, string]] : []),
  ];
  const row = (label: string, value: React.ReactNode) => (
    <div key={label} className="flex justify-between gap-4 py-1.5">
      <dt className="text-neutral-500">{label}</dt>
      <dd className="min-w-0 text-right text-neutral-200">{value}</dd>
    </div>
  );
  return (
    <div className="space-y-5 text-sm">
      <dl className="divide-y divide-white/5">
        {row("Action", jobTitle(job))}
        {params.map(([label, value]) => row(label, value))}
        {row("Seed", <SeedValue jobId={job.id} seed={job.seed} finished={job.status === "SUCCEEDED"} />)}
        {row("Vendor", job.connection.name)}
        {row("Visibility", job.visibility === "PRIVATE" ? "Private (only you)" : "Shared with the team")}
        {row("By", job.user.name)}
      </dl>
      <JobReferences references={job.references} />
      <dl className="divide-y divide-white/5">
        {row(
          "Created",
          <time dateTime={job.createdAt} suppressHydrationWarning>
            {when(job.createdAt)}
          </time>,
        )}
        {job.submittedAt && row("Sent to vendor", seconds(job.createdAt, job.submittedAt) ? `after ${seconds(job.createdAt, job.submittedAt)}` : "—")}
        {job.startedAt && row("Started", `after ${seconds(job.createdAt, job.startedAt)}`)}
        {job.finishedAt && row(job.status === "SUCCEEDED" ? "Finished" : "Ended", `after ${seconds(job.createdAt, job.finishedAt)}`)}
      </dl>
    </div>
  );
}
