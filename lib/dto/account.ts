// What the account page receives about the person's own sessions (never a session id).

export interface OwnSessionDTO {
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
}
