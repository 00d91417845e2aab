// A small midjourney-proxy vendor for engine fault tests: just enough of the protocol for
// imagine, action -> MODAL -> modal, fetch and the image, with every delay set by the test
// (a slow gateway, a vendor that never answers) and every submit and image request counted.
// Real HTTP on 127.0.0.1, so the real adapter, timeouts and rate limiter are exercised.
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

export interface StubMjproxyBehaviour {
  /** Before /mj/submit/action (and imagine) answers. */
  submitDelayMs: number;
  /** After a Vary Region / Custom Zoom action answered, until the task shows status MODAL. */
  modalOpensAfterMs: number;
  /** Before /mj/submit/modal answers. */
  modalDelayMs: number;
  /** From the start of a task's work until it is SUCCESS. */
  runMs: number;
  /** Before an image is served. */
  imageDelayMs: number;
  /** Never answer submits / status fetches (the socket stays open until the stub closes). */
  hangSubmits: boolean;
  hangFetches: boolean;
  /** Called when a modal arrives, before it is answered. */
  onModal?: (task: { id: string; state: string }) => Promise<void> | void;
  /** Answers a fetch of a task id the stub does not know (default: empty 204, as upstream does). */
  unknownTask?: (res: http.ServerResponse) => void;
}

interface StubTask {
  id: string;
  action: string;
  state: string;
  prompt: string;
  createdAt: number;
  /** When the task shows MODAL (modal tasks only). */
  modalAt?: number;
  /** When its work started (after the modal for modal tasks). */
  startedAt?: number;
}

const DEFAULTS: StubMjproxyBehaviour = {
  submitDelayMs: 0,
  modalOpensAfterMs: 0,
  modalDelayMs: 0,
  runMs: 300,
  imageDelayMs: 0,
  hangSubmits: false,
  hangFetches: false,
};

const BUTTONS = [
  ...[1, 2, 3, 4].map((i) => ({ customId: `MJ::JOB::upsample::${i}::stub-hash`, label: `U${i}`, emoji: "", style: 2, type: 2 })),
  ...[1, 2, 3, 4].map((i) => ({ customId: `MJ::JOB::variation::${i}::stub-hash`, label: `V${i}`, emoji: "", style: 2, type: 2 })),
  { customId: "MJ::Inpaint::1::stub-hash::SOLO", label: "Vary (Region)", emoji: "🖌️", style: 2, type: 2 },
];

export async function startStubMjproxyVendor(apiKey: string) {
  const behaviour: StubMjproxyBehaviour = { ...DEFAULTS };
  const tasks = new Map<string, StubTask>();
  const submits: { path: string; state: string; at: number }[] = [];
  const fetches: { taskId: string; at: number }[] = [];
  const modalAnsweredAt = new Map<string, number>();
  let nextId = 1_700_000_000_000_000;
  let imagesInFlight = 0;
  let maxImagesInFlight = 0;
  const grid = await sharp({ create: { width: 512, height: 512, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .png()
    .toBuffer();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const json = (res: http.ServerResponse, body: unknown) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));

  function view(task: StubTask, base: string) {
    const now = Date.now();
    let status = "SUBMITTED";
    let progress = "0%";
    if (task.modalAt !== undefined && task.startedAt === undefined) status = now >= task.modalAt ? "MODAL" : "NOT_START";
    else if (task.startedAt !== undefined) {
      const done = Math.min(1, (now - task.startedAt) / Math.max(1, behaviour.runMs));
      status = done >= 1 ? "SUCCESS" : "IN_PROGRESS";
      progress = `${Math.round(done * 100)}%`;
    }
    return {
      id: task.id,
      action: task.action,
      status,
      progress,
      prompt: task.prompt,
      state: task.state,
      imageUrl: status === "SUCCESS" ? `${base}/img/${task.id}.png` : "",
      buttons: status === "SUCCESS" ? BUTTONS : [],
      failReason: "",
    };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const url = req.url ?? "/";
      const base = `http://${req.headers.host}`;
      // Like a self-hosted trueai (WorkContext.cs:46-48), the one the studio's generic profile
      // talks to: the raw Authorization header, or mj-api-secret, must equal the key.
      const token = req.headers.authorization ?? req.headers["mj-api-secret"];
      if (token !== apiKey) {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ code: 4, description: "invalid key" }));
        return;
      }
      const body = (chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {}) as Record<string, string>;
      const submit = /^\/mj\/submit\/(imagine|action|modal)$/.exec(url);
      if (submit) {
        const kind = submit[1];
        if (kind === "modal") {
          const task = tasks.get(body.taskId);
          submits.push({ path: url, state: task?.state ?? "", at: Date.now() });
          await sleep(behaviour.modalDelayMs);
          if (!task) return json(res, { code: 3, description: "task not found", result: null });
          await behaviour.onModal?.({ id: task.id, state: task.state });
          task.startedAt = Date.now();
          modalAnsweredAt.set(task.id, Date.now());
          return json(res, { code: 1, description: "Success", result: task.id, properties: {} });
        }
        submits.push({ path: url, state: body.state ?? "", at: Date.now() });
        if (behaviour.hangSubmits) return; // never answered
        await sleep(behaviour.submitDelayMs);
        const id = String(nextId++);
        const needsModal = kind === "action" && /^MJ::(Inpaint|CustomZoom)::/.test(body.customId ?? "");
        const task: StubTask = {
          id,
          action: kind === "imagine" ? "IMAGINE" : needsModal ? "INPAINT" : "VARIATION",
          state: body.state ?? "",
          prompt: body.prompt ?? "stub",
          createdAt: Date.now(),
        };
        if (needsModal) task.modalAt = Date.now() + behaviour.modalOpensAfterMs;
        else task.startedAt = Date.now();
        tasks.set(id, task);
        // trueai answers a Vary Region action with 21 "Waiting for window confirm" (REAL-SERVERS.md A4).
        return json(
          res,
          needsModal
            ? { code: 21, description: "Waiting for window confirm", result: id, properties: { remix: true } }
            : { code: 1, description: "Success", result: id, properties: {} },
        );
      }
      const fetchMatch = /^\/mj\/task\/([^/]+)\/fetch$/.exec(url);
      if (fetchMatch) {
        fetches.push({ taskId: decodeURIComponent(fetchMatch[1]), at: Date.now() });
        if (behaviour.hangFetches) return; // never answered
        const task = tasks.get(decodeURIComponent(fetchMatch[1]));
        if (!task) {
          if (behaviour.unknownTask) behaviour.unknownTask(res);
          else res.writeHead(204).end();
          return;
        }
        return json(res, view(task, base));
      }
      if (url.startsWith("/img/")) {
        imagesInFlight++;
        maxImagesInFlight = Math.max(maxImagesInFlight, imagesInFlight);
        await sleep(behaviour.imageDelayMs);
        imagesInFlight--;
        res.writeHead(200, { "content-type": "image/png", "content-length": String(grid.length) }).end(grid);
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    behaviour,
    set(patch: Partial<StubMjproxyBehaviour>) {
      Object.assign(behaviour, DEFAULTS, patch);
    },
    /** Submits (imagine, action, modal) carrying this notify id (state). */
    submitsFor: (state: string) => submits.filter((s) => s.state === state),
    submitCount: () => submits.length,
    fetchesOf: (taskId: string) => fetches.filter((f) => f.taskId === taskId),
    fetchCount: () => fetches.length,
    modalAnsweredAt: (taskId: string) => modalAnsweredAt.get(taskId),
    maxImagesInFlight: () => maxImagesInFlight,
    resetImageCounter() {
      maxImagesInFlight = imagesInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type StubMjproxyVendor = Awaited<ReturnType<typeof startStubMjproxyVendor>>;
