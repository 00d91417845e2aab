// Seeds a bench database with raw better-sqlite3 inserts in one transaction per batch (fast):
// one team, a few members, one connection, and N finished jobs with 4 tiles each.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import type { BenchImageFile } from "./bench-images";

const WORDS = [
  "fox",
  "lighthouse",
  "harbour",
  "neon",
  "forest",
  "castle",
  "desert",
  "portrait",
  "robot",
  "garden",
  "storm",
  "glass",
  "river",
  "city",
  "mountain",
  "koi",
];
const CHINESE = ["一只在雪地里的红狐狸", "雨中的城市夜景", "山间的古老寺庙", "樱花下的少女"];
const GRID_ACTIONS = JSON.stringify(
  [1, 2, 3, 4]
    .flatMap((n) => [
      { key: `upscale:${n}`, label: `U${n}`, payload: `upsample${n}` },
      { key: `variation:${n}`, label: `V${n}`, payload: `variation${n}` },
    ])
    .concat([{ key: "reroll", label: "Reroll", payload: "reroll" }]),
);

const cuid = () => `c${randomBytes(12).toString("hex")}`;
/** The text form Prisma's SQLite adapter stores DateTime in. */
export const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

export interface BenchWorld {
  teamId: string;
  adminId: string;
  userIds: string[];
  connectionId: string;
}

export function seedWorld(db: Database.Database, adminEmail: string, passwordHash: string): BenchWorld {
  const now = sqliteDate(new Date());
  const teamId = cuid();
  const connectionId = cuid();
  const userIds = [cuid(), cuid(), cuid(), cuid()];
  db.transaction(() => {
    db.prepare(`INSERT INTO "Team" (id, name, createdAt) VALUES (?, 'Studio', ?)`).run(teamId, now);
    userIds.forEach((id, i) => {
      db.prepare(`INSERT INTO "User" (id, email, name, passwordHash, role, activeTeamId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        i === 0 ? adminEmail : `member${i}@bench.test`,
        i === 0 ? "Admin" : `Member ${i}`,
        passwordHash,
        i === 0 ? "ADMIN" : "MEMBER",
        teamId,
        now,
        now,
      );
      db.prepare(`INSERT INTO "Membership" (id, userId, teamId, role, createdAt) VALUES (?, ?, ?, ?, ?)`).run(
        cuid(),
        id,
        teamId,
        i === 0 ? "OWNER" : "MEMBER",
        now,
      );
    });
    db.prepare(
      `INSERT INTO "VendorConnection"
        (id, name, protocol, profile, baseUrl, keyCiphertext, keyLast4, concurrency, isDefault, status, builtin, createdAt, updatedAt)
        VALUES (?, 'Built-in simulator', 'ttapi', 'generic', 'http://127.0.0.1:9/sim/ttapi', 'resealed-on-boot', '0000', 10, 1, 'ACTIVE', 1, ?, ?)`,
    ).run(connectionId, now, now);
  })();
  return { teamId, adminId: userIds[0], userIds, connectionId };
}

/** Adds `count` finished jobs (4 tiles each), older than `olderThan`, one minute apart. */
export function seedJobs(db: Database.Database, world: BenchWorld, files: BenchImageFile[], count: number, olderThan: Date): Date {
  const insertJob = db.prepare(
    `INSERT INTO "Job" (id, teamId, userId, connectionId, kind, action, prompt, params, visibility, aspectRatio, status, progress, submitState,
        notifyId, offeredActions, width, height, deletedAt, createdAt, submittedAt, startedAt, finishedAt, updatedAt)
     VALUES (@id, @teamId, @userId, @connectionId, @kind, @action, @prompt, '{}', @visibility, @aspectRatio, 'SUCCEEDED', 100, 'ACCEPTED',
        @notifyId, @offered, 1024, 1024, @deletedAt, @createdAt, @createdAt, @createdAt, @finishedAt, @finishedAt)`,
  );
  const insertImage = db.prepare(
    `INSERT INTO "Image" (id, jobId, "index", kind, storageKey, thumbKey, width, height, bytes, sha256, mime, createdAt)
      VALUES (?, ?, ?, 'TILE', ?, ?, 512, 512, ?, ?, 'image/png', ?)`,
  );
  const insertFavorite = db.prepare(`INSERT INTO "Favorite" (userId, jobId, createdAt) VALUES (?, ?, ?)`);
  let time = olderThan.getTime();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      time -= 60_000;
      const createdAt = sqliteDate(new Date(time));
      const id = cuid();
      const userId = world.userIds[i % world.userIds.length];
      const word = WORDS[i % WORDS.length];
      const prompt = i % 13 === 0 ? `${CHINESE[i % CHINESE.length]} ${i}` : `a ${word} study number ${i}, cinematic light --ar 1:1 --v 7`;
      const kind = i % 5 === 4 ? "ACTION" : "IMAGINE";
      insertJob.run({
        id,
        teamId: world.teamId,
        userId,
        connectionId: world.connectionId,
        kind,
        action: kind === "ACTION" ? `variation:${(i % 4) + 1}` : null,
        prompt,
        visibility: i % 10 === 7 ? "PRIVATE" : "SHARED",
        aspectRatio: "1:1",
        notifyId: cuid(),
        offered: GRID_ACTIONS,
        deletedAt: i % 50 === 49 ? createdAt : null,
        createdAt,
        finishedAt: sqliteDate(new Date(time + 20_000)),
      });
      for (let tile = 1; tile <= 4; tile++) {
        const file = files[(i + tile) % files.length];
        insertImage.run(cuid(), id, tile, file.fullKey, file.thumbKey, file.bytes, randomBytes(32).toString("hex"), createdAt);
      }
      if (i % 17 === 0) insertFavorite.run(world.adminId, id, createdAt);
    }
  })();
  return new Date(time);
}
