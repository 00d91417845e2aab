"use client";

/* eslint-disable @next/next/no-img-element -- small lineage thumbnails */
import Link from "next/link";
import type { JobDetailDTO, JobLineageNodeDTO } from "@/lib/dto/jobs";
import { Icon } from "@/components/ui/icon";
import { jobTitle } from "./job-label";
import { RelativeTime } from "./relative-time";
import { capsLabel, cn } from "@/components/ui/styles";

const STATUS: Record<string, string> = {
  QUEUED: "Queued",
  SUBMITTED: "Starting",
  RUNNING: "Running",
  NEEDS_INPUT: "Waiting",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
};

function Node({ node, current = false }: { node: JobLineageNodeDTO; current?: boolean }) {
  const body = (
    <>
      <span className="grid size-11 shrink-0 place-items-center overflow-hidden rounded-lg bg-ink-800 text-neutral-500">
        {node.thumbUrl ? <img src={node.thumbUrl} alt="" width={44} height={44} loading="lazy" className="size-full object-cover" /> : <Icon name="image" />}
      </span>
      <span className="min-w-0">
        <span className="block truncate text-sm text-neutral-100">
          {jobTitle(node)}
          {current && <span className="ml-2 text-xs text-accent">this job</span>}
        </span>
        <span className="block text-xs text-neutral-500">
          {STATUS[node.status] ? `${STATUS[node.status]} · ` : ""}
          <RelativeTime iso={node.createdAt} />
        </span>
      </span>
    </>
  );
  const cls = "flex items-center gap-3 rounded-xl p-1.5 pr-3";
  if (current)
    return (
      <div aria-current="page" className={`${cls} bg-white/5 ring-1 ring-accent/40`}>
        {body}
      </div>
    );
  return (
    <Link href={`/jobs/${node.id}`} className={`${cls} transition-colors hover:bg-white/5`}>
      {body}
    </Link>
  );
}

/** Where the image came from (ancestors, oldest first) and what was made from it (children). */
export function JobLineage({ job }: { job: JobDetailDTO }) {
  if (job.ancestors.length === 0 && job.children.length === 0) return null;
  const self: JobLineageNodeDTO = {
    id: job.id,
    kind: job.kind,
    action: job.action,
    status: job.status,
    createdAt: job.createdAt,
    thumbUrl: job.images[0]?.thumbUrl ?? null,
  };
  return (
    <nav aria-labelledby="lineage-title">
      <h2 id="lineage-title" className={cn("mb-2", capsLabel)}>
        Lineage
      </h2>
      <ol aria-label="Made from" className="space-y-1">
        {job.ancestors.map((node) => (
          <li key={node.id} className="relative after:absolute after:left-[1.8rem] after:top-full after:h-1 after:w-px after:bg-white/15">
            <Node node={node} />
          </li>
        ))}
        <li>
          <Node node={self} current />
        </li>
      </ol>
      {job.children.length > 0 && (
        <ul aria-label="Made from this" className="ml-7 mt-1 space-y-1 border-l border-white/15 pl-3">
          {job.children.map((node) => (
            <li key={node.id}>
              <Node node={node} />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
