// New API's own copies of its Midjourney tasks (NA model/midjourney.go:3-24), in the
// simulator's SQLite file. New API answers fetches from these rows only; its poller fills them
// in from the upstream. Rows are never merged: a modal relayed for a task inserts a second row
// with the same mj_id (NA relay-mj.go:529-547 runs for every submit), and which row a query
// finds follows New API's SQL (first by id for fetch, all for list-by-condition).
import type Database from "better-sqlite3";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS newapi_tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key_hash TEXT NOT NULL,
  code INTEGER NOT NULL,
  action TEXT NOT NULL,
  mj_id TEXT NOT NULL,
  prompt TEXT NOT NULL,
  prompt_en TEXT NOT NULL,
  description TEXT NOT NULL,
  state TEXT NOT NULL,
  submit_time INTEGER NOT NULL,
  start_time INTEGER NOT NULL,
  finish_time INTEGER NOT NULL,
  image_url TEXT NOT NULL,
  status TEXT NOT NULL,
  progress TEXT NOT NULL,
  fail_reason TEXT NOT NULL,
  buttons TEXT NOT NULL,
  properties TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS newapi_tasks_mj ON newapi_tasks (mj_id);
CREATE INDEX IF NOT EXISTS newapi_tasks_progress ON newapi_tasks (progress);
`;

export interface NewapiRow {
  id: number;
  keyHash: string;
  code: number;
  action: string;
  mjId: string;
  prompt: string;
  promptEn: string;
  description: string;
  state: string;
  submitTime: number;
  startTime: number;
  finishTime: number;
  /** The upstream's image URL as the poller copied it ("" until then). */
  imageUrl: string;
  status: string;
  progress: string;
  failReason: string;
  /** JSON of the upstream's buttons, "" until the poller copied them. */
  buttons: string;
  /** JSON of {finalPrompt, finalZhPrompt}, "" until the poller copied them. */
  properties: string;
}

interface DbRow {
  id: number;
  key_hash: string;
  code: number;
  action: string;
  mj_id: string;
  prompt: string;
  prompt_en: string;
  description: string;
  state: string;
  submit_time: number;
  start_time: number;
  finish_time: number;
  image_url: string;
  status: string;
  progress: string;
  fail_reason: string;
  buttons: string;
  properties: string;
}

function toRow(db: DbRow): NewapiRow {
  return {
    id: db.id,
    keyHash: db.key_hash,
    code: db.code,
    action: db.action,
    mjId: db.mj_id,
    prompt: db.prompt,
    promptEn: db.prompt_en,
    description: db.description,
    state: db.state,
    submitTime: db.submit_time,
    startTime: db.start_time,
    finishTime: db.finish_time,
    imageUrl: db.image_url,
    status: db.status,
    progress: db.progress,
    failReason: db.fail_reason,
    buttons: db.buttons,
    properties: db.properties,
  };
}

export type NewNewapiRow = Omit<NewapiRow, "id">;

/** The fields the poller copies from the upstream (NA controller/midjourney.go:131-148). */
export type NewapiUpdate = Pick<
  NewapiRow,
  "code" | "progress" | "promptEn" | "state" | "submitTime" | "startTime" | "finishTime" | "imageUrl" | "status" | "failReason" | "buttons" | "properties"
>;

export class NewapiStore {
  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
  }

  insert(row: NewNewapiRow): number {
    const info = this.db
      .prepare(
        `INSERT INTO newapi_tasks (key_hash, code, action, mj_id, prompt, prompt_en, description, state, submit_time, start_time, finish_time,
          image_url, status, progress, fail_reason, buttons, properties)
         VALUES (@keyHash, @code, @action, @mjId, @prompt, @promptEn, @description, @state, @submitTime, @startTime, @finishTime,
          @imageUrl, @status, @progress, @failReason, @buttons, @properties)`,
      )
      .run(row);
    return Number(info.lastInsertRowid);
  }

  /** GetByMJId: `WHERE user_id = ? AND mj_id = ?` then First(), i.e. the oldest row (NA model/midjourney.go:112-120). */
  firstByMjId(keyHash: string, mjId: string): NewapiRow | null {
    const db = this.db.prepare("SELECT * FROM newapi_tasks WHERE key_hash = ? AND mj_id = ? ORDER BY id LIMIT 1").get(keyHash, mjId) as DbRow | undefined;
    return db ? toRow(db) : null;
  }

  /** GetByOnlyMJId: any user's (NA model/midjourney.go:102-110); used by the key-less image route. */
  firstByMjIdAnyKey(mjId: string): NewapiRow | null {
    const db = this.db.prepare("SELECT * FROM newapi_tasks WHERE mj_id = ? ORDER BY id LIMIT 1").get(mjId) as DbRow | undefined;
    return db ? toRow(db) : null;
  }

  /** GetByMJIds: every row of those ids, duplicates included (NA model/midjourney.go:122-130). */
  byMjIds(keyHash: string, mjIds: string[]): NewapiRow[] {
    if (mjIds.length === 0) return [];
    const marks = mjIds.map(() => "?").join(", ");
    return (this.db.prepare(`SELECT * FROM newapi_tasks WHERE key_hash = ? AND mj_id IN (${marks}) ORDER BY id`).all(keyHash, ...mjIds) as DbRow[]).map(toRow);
  }

  /** GetAllUnFinishTasks: `progress != '100%'` (NA model/midjourney.go:91-100), in id order. */
  unfinished(): NewapiRow[] {
    return (this.db.prepare("SELECT * FROM newapi_tasks WHERE progress != '100%' ORDER BY id").all() as DbRow[]).map(toRow);
  }

  update(id: number, fields: NewapiUpdate): void {
    this.db
      .prepare(
        `UPDATE newapi_tasks SET code = @code, progress = @progress, prompt_en = @promptEn, state = @state, submit_time = @submitTime,
          start_time = @startTime, finish_time = @finishTime, image_url = @imageUrl, status = @status, fail_reason = @failReason,
          buttons = @buttons, properties = @properties WHERE id = @id`,
      )
      .run({ ...fields, id });
  }

  /** Rows whose submit got no task id are failed by the poller (NA controller/midjourney.go:37-55). */
  failWithoutMjId(ids: number[]): void {
    const statement = this.db.prepare("UPDATE newapi_tasks SET status = 'FAILURE', progress = '100%' WHERE id = ?");
    for (const id of ids) statement.run(id);
  }

  /** For /sim/_control: the key a row of that id belongs to. */
  keyHashOf(mjId: string): string | null {
    return this.firstByMjIdAnyKey(mjId)?.keyHash ?? null;
  }

  /** For /sim/_control: the newest rows first. */
  all(limit = 500): NewapiRow[] {
    return (this.db.prepare("SELECT * FROM newapi_tasks ORDER BY id DESC LIMIT ?").all(limit) as DbRow[]).map(toRow);
  }

  deleteAll(): void {
    this.db.exec("DELETE FROM newapi_tasks");
  }
}
