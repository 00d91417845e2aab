import "server-only";
import { jobParamsJson, jobResultJson, offeredActionsJson } from "@/lib/domain/job-json";
import type { JobStatus } from "@/lib/domain/job-status";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { JobDetailDTO, JobLineageNodeDTO } from "@/lib/dto/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { readJobInputState } from "@/lib/jobs/job-input-state";
import { midjourneyPrompt } from "@/lib/jobs/midjourney-prompt";
import { visibleJobsWhere } from "./job-visibility";
import { jobReferences } from "./job-references";
import { jobSummarySelect } from "./job-summary-select";
import { queuePositions } from "./queue-positions";
import { toJobSummary } from "./to-job-summary";
import { isVideoButton } from "@/lib/vendors/action-vocabulary";
import { connectionCapabilities } from "@/lib/data/connections/connection-capabilities";

const MAX_ANCESTORS = 25;

function capabilitiesOf(connection: { protocol: string; profile: string; baseUrl: string }): JobDetailDTO["capabilities"] {
  const { video, extendVideo } = connectionCapabilities(connection);
  return { video, extendVideo };
}

const nodeSelect = {
  id: true,
  kind: true,
  action: true,
  status: true,
  createdAt: true,
  parentId: true,
  images: { select: { id: true, kind: true }, orderBy: [{ kind: "asc" as const }, { index: "asc" as const }], take: 1 },
};

type NodeRow = { id: string; kind: string; action: string | null; status: string; createdAt: Date; images: { id: string }[] };

function toNode(row: NodeRow): JobLineageNodeDTO {
  return {
    id: row.id,
    kind: row.kind,
    action: row.action,
    status: row.status as JobStatus,
    thumbUrl: row.images[0] ? `/api/images/${row.images[0].id}/thumb` : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Everything the job page shows, for a job the viewer may see (NOT_FOUND otherwise). */
export async function getJobDetail(user: SessionUser, jobId: string): Promise<JobDetailDTO> {
  const visible = visibleJobsWhere(user);
  const row = await db.job.findFirst({
    where: { id: jobId, ...visible },
    select: {
      ...jobSummarySelect(user.id),
      offeredActions: true,
      result: true,
      params: true,
      submittedAt: true,
      startedAt: true,
      connection: { select: { id: true, name: true, concurrency: true, protocol: true, profile: true, baseUrl: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "That job does not exist or is not shared with you.");

  const ancestors: JobLineageNodeDTO[] = [];
  let parentId = row.parentId;
  while (parentId && ancestors.length < MAX_ANCESTORS) {
    const parent = await db.job.findFirst({ where: { id: parentId, ...visible }, select: nodeSelect });
    if (!parent) break;
    ancestors.unshift(toNode(parent));
    parentId = parent.parentId;
  }
  const children = await db.job.findMany({ where: { parentId: row.id, deletedAt: null, ...visible }, orderBy: { createdAt: "asc" }, select: nodeSelect });
  const result = jobResultJson.decode(row.result);
  const params = jobParamsJson.decode(row.params);
  const queue = await queuePositions([row]);
  const offered = offeredActionsJson.decode(row.offeredActions);
  return {
    ...toJobSummary(row, user, queue.get(row.id)),
    // Labels and keys only: the vendor payload (customId) stays on the server. Video buttons are
    // the Animate and Extend panels' business (they choose the vendor route), not plain buttons.
    actions: offered.filter((a) => !isVideoButton(a.key)).map((a) => ({ key: a.key, label: a.label })),
    animateButtons: offered.filter((a) => /^animate:(low|high)$/.test(a.key)).map((a) => ({ key: a.key, label: a.label })),
    capabilities: capabilitiesOf(row.connection),
    seed: result.seed ?? null,
    prompts: result.prompts ?? [],
    mode: (params.mode as string | undefined) ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    startedAt: row.startedAt?.toISOString() ?? null,
    connectionProtocol: row.connection.protocol,
    basePrompt: midjourneyPrompt(row),
    input: row.status === "NEEDS_INPUT" ? (readJobInputState(row.result).askUser ?? null) : null,
    references: await jobReferences(user, row.kind, params),
    ancestors,
    children: children.map(toNode),
  };
}
