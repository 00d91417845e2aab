// Every submit that reached the simulator, accepted or not, so tests can prove the studio
// never submitted the same job twice (counted per TTAPI notify_id / midjourney-proxy state).
import type Database from "better-sqlite3";

export interface SubmitRecord {
  at: number;
  profile: string;
  endpoint: string;
  notifyId: string | null;
  httpStatus: number;
  vendorCode: string | null;
  taskId: string | null;
}

export interface SubmitCounts {
  total: number;
  accepted: number;
}

export class SubmitLog {
  constructor(private readonly db: Database.Database) {}

  record(entry: SubmitRecord): void {
    this.db
      .prepare("INSERT INTO submits (at, profile, endpoint, notify_id, http_status, vendor_code, task_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(entry.at, entry.profile, entry.endpoint, entry.notifyId, entry.httpStatus, entry.vendorCode, entry.taskId);
  }

  /** Submits per notify id ("" for submits without one); accepted = a task id was returned. */
  countsByNotifyId(): Record<string, SubmitCounts> {
    const rows = this.db
      .prepare(
        "SELECT COALESCE(notify_id, '') AS id, COUNT(*) AS total, SUM(CASE WHEN task_id IS NULL THEN 0 ELSE 1 END) AS accepted FROM submits GROUP BY " +
          "COALESCE(notify_id, '')",
      )
      .all() as { id: string; total: number; accepted: number }[];
    return Object.fromEntries(rows.map((r) => [r.id, { total: r.total, accepted: r.accepted }]));
  }

  /**
   * Submits per task id they were answered with, by endpoint: an action parked in MODAL and
   * its modal count under the same id ({ "submit/action": 1, "submit/modal": 1 }).
   */
  countsByTaskId(): Record<string, SubmitCounts & { endpoints: Record<string, number> }> {
    const rows = this.db.prepare("SELECT task_id AS id, endpoint, COUNT(*) AS n FROM submits WHERE task_id IS NOT NULL GROUP BY task_id, endpoint").all() as {
      id: string;
      endpoint: string;
      n: number;
    }[];
    const counts: Record<string, SubmitCounts & { endpoints: Record<string, number> }> = {};
    for (const row of rows) {
      const entry = (counts[row.id] ??= { total: 0, accepted: 0, endpoints: {} });
      entry.total += row.n;
      entry.accepted += row.n;
      entry.endpoints[row.endpoint] = row.n;
    }
    return counts;
  }

  total(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM submits").get() as { n: number }).n;
  }
}
