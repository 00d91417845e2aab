// Seeds a bench database with raw inserts, one transaction per call (fast; multi-row INSERTs on
// PostgreSQL): one team, a few members, one connection, and N finished jobs with 4 tiles each.
import { randomBytes } from "node:crypto";
import type { BenchSql } from "../support/bench-sql";
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

export interface BenchWorld {
  teamId: string;
  adminId: string;
  userIds: string[];
  connectionId: string;
}

export async function seedWorld(sql: BenchSql, adminEmail: string, passwordHash: string): Promise<BenchWorld> {
  const now = sql.time(new Date());
  const teamId = cuid();
  const connectionId = cuid();
  const userIds = [cuid(), cuid(), cuid(), cuid()];
  await sql.insertMany("Team", ["id", "name", "createdAt"], [[teamId, "Studio", now]]);
  await sql.insertMany(
    "User",
    ["id", "email", "name", "passwordHash", "role", "activeTeamId", "createdAt", "updatedAt"],
    userIds.map((id, i) => [
      id,
      i === 0 ? adminEmail : `member${i}@bench.test`,
      i === 0 ? "Admin" : `Member ${i}`,
      passwordHash,
      i === 0 ? "ADMIN" : "MEMBER",
      teamId,
      now,
      now,
    ]),
  );
  await sql.insertMany(
    "Membership",
    ["id", "userId", "teamId", "role", "createdAt"],
    userIds.map((id, i) => [cuid(), id, teamId, i === 0 ? "OWNER" : "MEMBER", now]),
  );
  await sql.insertMany(
    "VendorConnection",
    ["id", "name", "protocol", "profile", "baseUrl", "keyCiphertext", "keyLast4", "concurrency", "isDefault", "status", "builtin", "createdAt", "updatedAt"],
    [
      [
        ...[connectionId, "Built-in simulator", "ttapi", "generic", "http://127.0.0.1:9/sim/ttapi", "resealed-on-boot", "0000", 10],
        ...[sql.bool(true), "ACTIVE", sql.bool(true), now, now],
      ],
    ],
  );
  return { teamId, adminId: userIds[0], userIds, connectionId };
}

const JOB_COLUMNS = [
  ...["id", "teamId", "userId", "connectionId", "kind", "action", "prompt", "params", "visibility", "aspectRatio", "status", "progress"],
  ...["submitState", "notifyId", "offeredActions", "width", "height", "deletedAt", "createdAt", "submittedAt", "startedAt", "finishedAt", "updatedAt"],
];
const IMAGE_COLUMNS = ["id", "jobId", "index", "kind", "storageKey", "thumbKey", "width", "height", "bytes", "sha256", "mime", "createdAt"];

/** Adds `count` finished jobs (4 tiles each), older than `olderThan`, one minute apart. */
export async function seedJobs(sql: BenchSql, world: BenchWorld, files: BenchImageFile[], count: number, olderThan: Date): Promise<Date> {
  const jobs: unknown[][] = [];
  const images: unknown[][] = [];
  const favorites: unknown[][] = [];
  let time = olderThan.getTime();
  for (let i = 0; i < count; i++) {
    time -= 60_000;
    const createdAt = sql.time(new Date(time));
    const finishedAt = sql.time(new Date(time + 20_000));
    const id = cuid();
    const userId = world.userIds[i % world.userIds.length];
    const word = WORDS[i % WORDS.length];
    const prompt = i % 13 === 0 ? `${CHINESE[i % CHINESE.length]} ${i}` : `a ${word} study number ${i}, cinematic light --ar 1:1 --v 7`;
    const kind = i % 5 === 4 ? "ACTION" : "IMAGINE";
    const action = kind === "ACTION" ? `variation:${(i % 4) + 1}` : null;
    const visibility = i % 10 === 7 ? "PRIVATE" : "SHARED";
    jobs.push([
      ...[id, world.teamId, userId, world.connectionId, kind, action, prompt, "{}", visibility, "1:1", "SUCCEEDED", 100],
      ...["ACCEPTED", cuid(), GRID_ACTIONS, 1024, 1024, i % 50 === 49 ? createdAt : null, createdAt, createdAt, createdAt, finishedAt, finishedAt],
    ]);
    for (let tile = 1; tile <= 4; tile++) {
      const file = files[(i + tile) % files.length];
      images.push([cuid(), id, tile, "TILE", file.fullKey, file.thumbKey, 512, 512, file.bytes, randomBytes(32).toString("hex"), "image/png", createdAt]);
    }
    if (i % 17 === 0) favorites.push([world.adminId, id, createdAt]);
  }
  await sql.insertMany("Job", JOB_COLUMNS, jobs);
  await sql.insertMany("Image", IMAGE_COLUMNS, images);
  await sql.insertMany("Favorite", ["userId", "jobId", "createdAt"], favorites);
  return new Date(time);
}
