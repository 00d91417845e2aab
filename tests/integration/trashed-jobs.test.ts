import "./support/test-env";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { db } from "@/lib/db";
import { actOnJobAction } from "@/lib/actions/act-on-job-action";
import { getSeedAction } from "@/lib/actions/get-seed-action";
import { restoreJobAction } from "@/lib/actions/restore-job-action";
import { setFavoriteAction } from "@/lib/actions/set-favorite-action";
import { trashJobAction } from "@/lib/actions/trash-job-action";
import { GET as jobRoute } from "@/app/api/jobs/[id]/route";
import { GET as jobsRoute } from "@/app/api/jobs/route";
import { POST as varyRegionRoute } from "@/app/api/jobs/[id]/vary-region/route";
import { startHarness, waitForJob, type Harness } from "./support/harness";
import { act, imagine } from "./support/queue";

let h: Harness;
let gridId: string;
let upscaleId: string;

const as = (user: { id: string }) => {
  signInAs(user);
};
const jobStatus = async (id: string) => (await jobRoute(new Request("http://x"), { params: Promise.resolve({ id }) })).status;
const listed = async (query: string) =>
  ((await (await jobsRoute(new Request(`http://x/api/jobs?${query}`))).json()) as { items: { id: string }[] }).items.map((j) => j.id);

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  gridId = await imagine(h.engine, h.alice, "a lantern in the fog");
  await waitForJob(gridId, (j) => j.status === "SUCCEEDED");
  upscaleId = await act(h.engine, h.alice, gridId, "upscale:1");
  await waitForJob(upscaleId, (j) => j.status === "SUCCEEDED");
  as(h.alice);
  expect((await trashJobAction({ jobId: gridId })).error).toBeUndefined();
  expect((await trashJobAction({ jobId: upscaleId })).error).toBeUndefined();
}, 60_000);
afterAll(async () => h?.stop());

describe("[H11.14] trashed jobs", () => {
  it("are hidden from teammates: not listed, not even in the trash, and their pages answer 404", async () => {
    as(h.bob);
    expect(await jobStatus(gridId)).toBe(404);
    expect(await listed("scope=team")).not.toContain(gridId);
    expect(await listed("trash=1")).not.toContain(gridId);
  });

  it("stay visible to their creator, in the trash", async () => {
    as(h.alice);
    expect(await listed("trash=1")).toEqual(expect.arrayContaining([gridId, upscaleId]));
    expect(await jobStatus(gridId)).toBe(200);
  });

  it("cannot be acted on, even by their creator: follow-ups, Vary Region, favourites and seeds refuse with a clear error", async () => {
    as(h.alice);
    const inTrash = /in the trash/i;
    expect((await actOnJobAction({ jobId: gridId, action: "upscale:2" })).error).toMatch(inTrash);
    expect((await setFavoriteAction({ jobId: gridId, favorite: true })).error).toMatch(inTrash);
    expect((await getSeedAction({ jobId: gridId })).error).toMatch(inTrash);
    const image = await db.image.findFirstOrThrow({ where: { jobId: upscaleId } });
    const data = Buffer.alloc(image.width * image.height);
    data.fill(255, 0, image.width * 4);
    const form = new FormData();
    form.set(
      "mask",
      new Blob(
        [
          new Uint8Array(
            await sharp(data, { raw: { width: image.width, height: image.height, channels: 1 } })
              .png()
              .toBuffer(),
          ),
        ],
        { type: "image/png" },
      ),
    );
    const region = await varyRegionRoute(new Request("http://x", { method: "POST", body: form }), { params: Promise.resolve({ id: upscaleId }) });
    expect(region.status).toBe(409);
    expect((await region.json()).error).toMatch(inTrash);
    expect(await db.job.count({ where: { parentId: { in: [gridId, upscaleId] }, id: { not: upscaleId } } })).toBe(0);
    expect(await db.favorite.count({ where: { jobId: gridId } })).toBe(0);
  });

  it("come back for everyone once restored", async () => {
    as(h.alice);
    expect((await restoreJobAction({ jobId: gridId })).error).toBeUndefined();
    as(h.bob);
    expect(await jobStatus(gridId)).toBe(200);
    expect((await setFavoriteAction({ jobId: gridId, favorite: true })).data).toEqual({ favorite: true });
  });
});
