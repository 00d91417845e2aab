// New API's task poller (NA controller/midjourney.go:21-173): every pollerMs (15 s in New API)
// it takes every row whose progress is not "100%", asks the upstream's list-by-condition for
// their ids and copies the upstream state into the rows. Until a row's first tick it reads
// status "" and progress "0%"; afterwards it shows the upstream as of the last tick.
//
// - Rows without an upstream id are failed (progress "100%") without asking (:36-55).
// - When two unfinished rows share an id (a modal relayed for a task), only the later one is
//   updated: the id → row map keeps the last (:42); the older one catches up once the later
//   one has finished (its progress reads "100%" and it drops out of the query).
// - A failure sets progress "100%" (:150-156); a task unfinished after an hour is failed with
//   "上游任务超时（超过1小时）" (:122-127).
// - Properties keep only finalPrompt and finalZhPrompt (dto.Properties); buttons are copied as sent.
import type { SimulatorContext } from "../simulator-context";
import { callUpstream } from "./call-upstream";
import type { NewapiRow } from "./newapi-store";

interface UpstreamTask {
  id?: unknown;
  progress?: unknown;
  promptEn?: unknown;
  state?: unknown;
  submitTime?: unknown;
  startTime?: unknown;
  finishTime?: unknown;
  imageUrl?: unknown;
  status?: unknown;
  failReason?: unknown;
  properties?: { finalPrompt?: unknown; finalZhPrompt?: unknown } | null;
  buttons?: { customId?: unknown; emoji?: unknown; label?: unknown; type?: unknown; style?: unknown }[] | null;
}

const HOUR = 3_600_000;
// Go decodes JSON null (or a missing field) as the zero value.
const str = (value: unknown): string => (typeof value === "string" ? value : "");
const num = (value: unknown): number => (typeof value === "number" ? value : 0);

/** The origin the poller's own requests carry; upstream links are built from each task's submit origin. */
const POLLER_ORIGIN = "http://127.0.0.1";

export class NewapiPoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly ctx: SimulatorContext,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.schedule();
  }

  /** Restarts the wait with the current pollerMs (after the knob changed it). */
  reschedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.schedule();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick()
        .catch(this.onError)
        .finally(() => {
          this.running = null;
          if (!this.timer) this.schedule();
        });
    }, this.ctx.knobs.settings.newapi.pollerMs);
    this.timer.unref();
  }

  /** One pass of UpdateMidjourneyTaskBulk. */
  async tick(): Promise<void> {
    const { store } = this.ctx.newapi;
    const rows = store.unfinished();
    if (rows.length === 0) return;
    store.failWithoutMjId(rows.filter((row) => row.mjId === "").map((row) => row.id));
    const byId = new Map<string, NewapiRow>();
    for (const row of rows) if (row.mjId) byId.set(row.mjId, row);
    if (byId.size === 0) return;
    const answer = await callUpstream(this.ctx, POLLER_ORIGIN, "POST", "/mj/task/list-by-condition", {
      ids: rows.filter((row) => row.mjId).map((row) => row.mjId),
    });
    if (this.closed || answer.status !== 200) return;
    let items: UpstreamTask[];
    try {
      items = JSON.parse(answer.text) as UpstreamTask[];
    } catch {
      return;
    }
    const now = this.ctx.now();
    for (const item of items) {
      const task = byId.get(str(item.id));
      if (!task) continue;
      let status = str(item.status);
      let failReason = str(item.failReason);
      if (now - task.submitTime > HOUR && task.progress !== "100%") {
        failReason = "上游任务超时（超过1小时）";
        status = "FAILURE";
      }
      let progress = str(item.progress);
      if ((progress !== "100%" && failReason !== "") || (progress === "100%" && status === "FAILURE")) progress = "100%";
      store.update(task.id, {
        code: 1,
        progress,
        promptEn: str(item.promptEn),
        state: str(item.state),
        submitTime: num(item.submitTime),
        startTime: num(item.startTime),
        finishTime: num(item.finishTime),
        imageUrl: str(item.imageUrl),
        status,
        failReason,
        properties: item.properties
          ? JSON.stringify({ finalPrompt: str(item.properties.finalPrompt), finalZhPrompt: str(item.properties.finalZhPrompt) })
          : task.properties,
        buttons: item.buttons
          ? JSON.stringify(
              item.buttons.map((b) => ({
                customId: b.customId ?? null,
                emoji: b.emoji ?? null,
                label: b.label ?? null,
                type: b.type ?? null,
                style: b.style ?? null,
              })),
            )
          : task.buttons,
      });
    }
  }
}
