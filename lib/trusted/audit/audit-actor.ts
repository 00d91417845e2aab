// Who an audit row names. Trusted functions take one explicitly (never an optional `{}`): the
// checked functions pass the signed-in admin, the CLI and the studio itself name themselves.
export interface AuditActor {
  id: string | null;
  email: string;
}

/** The studio acting on its own behalf at start (the built-in simulator's connection). */
export const STUDIO_ACTOR: AuditActor = { id: null, email: "studio" };
