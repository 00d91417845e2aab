import "server-only";

/** The columns any listing of connections may read: everything but the encrypted key. */
export const connectionPublicSelect = {
  id: true,
  name: true,
  protocol: true,
  profile: true,
  baseUrl: true,
  keyLast4: true,
  defaultMode: true,
  imageHosts: true,
  concurrency: true,
  isDefault: true,
  status: true,
  builtin: true,
  createdAt: true,
} as const;
