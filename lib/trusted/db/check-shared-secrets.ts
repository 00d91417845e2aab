// Several studio processes on one PostgreSQL must share NEXTAUTH_SECRET (a session signed by one is
// read by another) and MASTER_KEY (a vendor key encrypted by one is decrypted by another). A process
// started with secrets of its own (generated into its own DATA_DIR because none were given) would
// sign people out and fail every vendor call in silence; it is stopped at start instead. The database
// keeps a fingerprint of each secret (an HMAC, from which the secret cannot be recovered), written by
// the first process.
import { createHmac } from "node:crypto";
import pg from "pg";

const KEY = "secretFingerprints";

function fingerprint(secret: string): string {
  return createHmac("sha256", secret).update("atelier secret fingerprint v1").digest("hex");
}

/** Throws with what to do when this process's secrets differ from the ones the database knows. */
export async function checkSharedSecrets(connectionString: string, secrets: { nextAuthSecret: string; masterKey: string }): Promise<void> {
  const mine = JSON.stringify({ NEXTAUTH_SECRET: fingerprint(secrets.nextAuthSecret), MASTER_KEY: fingerprint(secrets.masterKey) });
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Setting" ("key", "value") VALUES ($1, $2) ON CONFLICT ("key") DO NOTHING`, [KEY, mine]);
    const { rows } = await client.query<{ value: string }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [KEY]);
    const known = JSON.parse(rows[0].value) as Record<string, string>;
    const differ = Object.entries(JSON.parse(mine) as Record<string, string>)
      .filter(([name, value]) => known[name] !== value)
      .map(([name]) => name);
    if (differ.length)
      throw new Error(
        `${differ.join(" and ")} ${differ.length > 1 ? "differ" : "differs"} from the one the other studio processes on this database use. ` +
          "Give every process the same NEXTAUTH_SECRET and MASTER_KEY (a process without them generates its own in its DATA_DIR).",
      );
  } finally {
    await client.end();
  }
}
