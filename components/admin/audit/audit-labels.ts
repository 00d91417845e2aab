// Audit actions in words for the log's readers.
export const ACTION_FAMILIES = [
  { value: "auth.", label: "Sign-ins (all)" },
  { value: "user.", label: "People (all)" },
  { value: "invite.", label: "Invites (all)" },
  { value: "team.", label: "Teams (all)" },
  { value: "connection.", label: "Vendor connections (all)" },
  { value: "budget.", label: "Budgets (all)" },
  { value: "job.", label: "Jobs: deletions and restores (all)" },
  { value: "settings.", label: "Settings (all)" },
];

const WORDS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "user.role_changed": "Role changed",
  "user.disabled": "Account disabled",
  "user.enabled": "Account enabled",
  "invite.created": "Invite created",
  "invite.accepted": "Invite accepted",
  "invite.revoked": "Invite revoked",
  "team.created": "Team created",
  "team.member_added": "Added to team",
  "team.member_removed": "Removed from team",
  "team.role_changed": "Team role changed",
  "connection.created": "Connection added",
  "connection.updated": "Connection changed",
  "connection.tested": "Connection tested",
  "connection.default_set": "Default connection set",
  "connection.enabled": "Connection enabled",
  "connection.disabled": "Connection disabled",
  "connection.retired": "Connection retired",
  "connection.removed": "Connection removed",
  "budget.changed": "Budget changed",
  "job.trashed": "Job moved to trash",
  "job.restored": "Job restored",
  "settings.retention_changed": "Retention changed",
};

export function actionWords(action: string): string {
  return WORDS[action] ?? action;
}

export function actionTone(action: string): "neutral" | "good" | "warn" | "bad" | "accent" {
  if (action === "auth.sign_in_failed" || action.endsWith("disabled") || action.endsWith("removed") || action === "job.trashed") return "bad";
  if (action.startsWith("auth.")) return "good";
  if (action.startsWith("connection.") || action.startsWith("budget.") || action.startsWith("settings.")) return "accent";
  if (action.startsWith("user.") || action.startsWith("invite.")) return "warn";
  return "neutral";
}

/** A detail value as short text: objects as "a: 1, b: 2", lists joined. */
export function detailText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.map(detailText).join(", ");
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${detailText(v)}`)
      .join(", ");
  return String(value);
}
