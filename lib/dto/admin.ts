// What the admin pages receive. Vendor keys never appear: a connection shows only "••••" and
// its last four characters; invite tokens are shown once, to the admin who made them.
import type { BudgetScope } from "@/lib/domain/budget-scope";
import type { ConnectionStatus } from "@/lib/domain/connection-status";
import type { StudioRole, TeamRole } from "@/lib/domain/roles";
import type { ActionCosts } from "@/lib/jobs/job-cost";

export interface ConnectionHealthDTO {
  running: number;
  queued: number;
  failed24h: number;
  succeeded24h: number;
  /** Average seconds from queued to finished over the jobs that succeeded in the last 24 h. */
  avgSeconds: number | null;
  lastFailure: { code: string | null; reason: string | null; at: string } | null;
}

export interface AdminConnectionDTO {
  id: string;
  name: string;
  protocol: string;
  profile: string;
  baseUrl: string;
  keyHint: string;
  defaultMode: string;
  /** Extra hosts its images may be downloaded from ("host" or "host:port"). */
  imageHosts: string[];
  concurrency: number;
  rateLimitPerMin: number;
  /** Budget units per action kind where the admin set a price; other kinds cost the defaults. */
  actionCosts: ActionCosts;
  isDefault: boolean;
  status: ConnectionStatus;
  builtin: boolean;
  createdAt: string;
  /** Empty: open to every team. */
  teams: { id: string; name: string }[];
  health: ConnectionHealthDTO;
}

export interface ConnectionTestDTO {
  ok: boolean;
  /** bad_key, unreachable, ok, …: the kind of answer, for styling. */
  verdict: "ok" | "bad_key" | "unreachable" | "quota" | "error";
  /** The result in words, e.g. "OK: answered in 42 ms and accepted the key." */
  message: string;
  latencyMs: number;
}

export interface AdminUserDTO {
  id: string;
  email: string;
  name: string;
  role: StudioRole;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  /** Set while too many failed sign-ins keep the account locked: when that ends. */
  signInLockedUntil: string | null;
  teams: { id: string; name: string; role: string }[];
}

export interface PendingInviteDTO {
  id: string;
  email: string | null;
  role: string;
  team: { id: string; name: string } | null;
  createdBy: string;
  expiresAt: string;
  createdAt: string;
}

export interface CreatedInviteDTO {
  id: string;
  /** The secret part of the link; only its hash is stored, so this is the one time it exists. */
  token: string;
  expiresAt: string;
}

export interface AdminTeamDTO {
  id: string;
  name: string;
  createdAt: string;
  jobCount: number;
  members: { userId: string; name: string; email: string; role: TeamRole; disabled: boolean }[];
}

export interface BudgetRowDTO {
  scope: BudgetScope;
  scopeId: string;
  label: string;
  detail: string;
  jobsPerDay: number | null;
  quotaPerDay: number | null;
  /** quota: units counted against the budget today (charged + reserved); reserved: the part held by jobs still in flight. */
  today: { jobs: number; quota: number; reserved: number };
}

export interface UsageBucketDTO {
  key: string;
  label: string;
  jobs: number;
  failed: number;
  /** Units charged (the vendor's figure, or the connection's price once a job finished). */
  quota: number;
  /** Units reserved by jobs still in flight (not charged yet). */
  reserved: number;
}

export interface UsageReportDTO {
  from: string;
  to: string;
  totals: { jobs: number; failed: number; quota: number; reserved: number };
  byDay: UsageBucketDTO[];
  byMember: UsageBucketDTO[];
  byActionType: UsageBucketDTO[];
  byConnection: UsageBucketDTO[];
  byTeam: UsageBucketDTO[];
}

export interface AuditEntryDTO {
  id: number;
  at: string;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  /** How many events this row stands for (refused sign-ins are folded into one row per window). */
  count: number;
}

export interface RetentionOverviewDTO {
  /** Days each kind of record is kept. */
  settings: { auditDays: number; webhookEventDays: number; jobEventDays: number; rateCounterDays: number };
  defaults: { auditDays: number; webhookEventDays: number; jobEventDays: number; rateCounterDays: number };
  lastSweep: { at: string; removed: { audit: number; webhookEvents: number; jobEvents: number; rateCounters: number } } | null;
  rows: { audit: number; webhookEvents: number; jobEvents: number; rateCounters: number };
}

export interface AuditPageDTO {
  items: AuditEntryDTO[];
  /** Cursor for the next (older) page, or null at the oldest. */
  olderCursor: number | null;
  /** Cursor for the previous (newer) page, or null at the newest. */
  newerCursor: number | null;
}
