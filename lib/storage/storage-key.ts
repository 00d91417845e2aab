// Storage keys are relative, slash-separated paths built by Atelier itself. They are checked
// anyway, so a bug (or a value that came from a request) can never reach outside the root.

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "InvalidStorageKeyError";
  }
}

/**
 * True for keys like "jobs/abc123/grid-0-1f2e.png". Every segment starts with a letter or
 * digit, which rules out "..", ".", hidden files and the ".tmp-" files of unfinished writes.
 */
export function isValidStorageKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment));
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
}
