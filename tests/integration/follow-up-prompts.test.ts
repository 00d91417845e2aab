// The prompt a follow-up sends when the vendor's dialog asks for one: the user's (Remix), else
// the parent's Midjourney prompt. A blend's `prompt` column is only a label: its real prompt is
// the vendor's finalPrompt, and without one Vary (Region) asks the user.
import "./support/test-env";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import { queueFollowUp } from "@/lib/data/jobs/queue-follow-up";
import { queueVaryRegion } from "@/lib/data/jobs/queue-vary-region";
import { createUser } from "@/lib/trusted/users/create-user";
import { getSessionUserById, type SessionUser } from "@/lib/data/users/get-session-user";
import { actOnJobSchema } from "@/lib/schemas/jobs";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

let alice: SessionUser;
let mjproxyId: string;
let ttapiId: string;

const ACTIONS = [
  { key: "upscale:1", label: "U1", payload: "MJ::JOB::upsample::1::h" },
  { key: "variation:1", label: "V1", payload: "MJ::JOB::variation::1::h" },
  { key: "vary_region", label: "Vary (Region)", payload: "MJ::Inpaint::1::h::SOLO" },
];

async function finishedParent(connectionId: string, kind: string, prompt: string, result: Record<string, unknown> = {}) {
  const job = await db.job.create({
    data: {
      teamId: alice.teamId,
      userId: alice.id,
      connectionId,
      kind,
      prompt,
      status: "SUCCEEDED",
      vendorTaskId: `task-${Math.random().toString(36).slice(2)}`,
      offeredActions: JSON.stringify(ACTIONS),
      result: JSON.stringify(result),
      width: 1024,
      height: 1024,
    },
  });
  return job.id;
}

const paramsOf = async (id: string) => JSON.parse((await db.job.findUniqueOrThrow({ where: { id } })).params) as Record<string, unknown>;

beforeAll(async () => {
  const { id } = await createUser({ email: "prompts-alice@int.test", password: "integration-password", role: "MEMBER", teamName: "Prompts team" });
  alice = (await getSessionUserById(id, 0))!;
  mjproxyId = (
    await createConnection(
      { name: "Prompts proxy", protocol: "mjproxy", profile: "generic", baseUrl: "http://127.0.0.1:9/proxy", apiKey: "prompts-proxy-key" },
      TEST_ACTOR,
    )
  ).id;
  ttapiId = (await createConnection({ name: "Prompts TTAPI", protocol: "ttapi", baseUrl: "http://127.0.0.1:9/ttapi", apiKey: "prompts-ttapi-key" }, TEST_ACTOR))
    .id;
});

describe("[FOLLOW-UPS] the prompt a vendor dialog gets", () => {
  it("Vary (Region) on a blend sends the blend's final prompt, not its label", async () => {
    const blend = await finishedParent(mjproxyId, "BLEND", "Blend of 2 images", { vendorPrompt: "https://s.mj.run/a https://s.mj.run/b --ar 1:1" });
    const { id } = await queueVaryRegion(alice, { jobId: blend, maskKey: "masks/m.png" });
    expect(await paramsOf(id)).toMatchObject({ maskKey: "masks/m.png", basePrompt: "https://s.mj.run/a https://s.mj.run/b --ar 1:1" });
  });

  it("Vary (Region) on a blend without a final prompt asks the user for one (midjourney-proxy)", async () => {
    const blend = await finishedParent(mjproxyId, "BLEND", "Blend of 3 images");
    await expect(queueVaryRegion(alice, { jobId: blend, maskKey: "masks/m.png" })).rejects.toThrow(/no prompt to start from/);
    const { id } = await queueVaryRegion(alice, { jobId: blend, maskKey: "masks/m.png", prompt: "a red door" });
    expect(await paramsOf(id)).toMatchObject({ prompt: "a red door" });
    // TTAPI's /inpaint takes the prompt as optional.
    const ttBlend = await finishedParent(ttapiId, "BLEND", "Blend of 2 images");
    await expect(queueVaryRegion(alice, { jobId: ttBlend, maskKey: "masks/m.png" })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("V1 records the parent's prompt for a remix dialog, and the user's Remix edit when given", async () => {
    const grid = await finishedParent(mjproxyId, "IMAGINE", "a lighthouse at dusk --ar 3:2");
    const plain = await queueFollowUp(alice, actOnJobSchema.parse({ jobId: grid, action: "variation:1" }));
    expect(await paramsOf(plain.id)).toMatchObject({ basePrompt: "a lighthouse at dusk --ar 3:2" });
    const edited = await queueFollowUp(alice, actOnJobSchema.parse({ jobId: grid, action: "variation:1", prompt: "  a lighthouse   at night " }));
    expect(await paramsOf(edited.id)).toMatchObject({ prompt: "a lighthouse at night", basePrompt: "a lighthouse at dusk --ar 3:2" });
    expect((await db.job.findUniqueOrThrow({ where: { id: edited.id } })).prompt).toBe("a lighthouse at night");
  });

  it("refuses a Remix prompt where it cannot go: U1 takes none, and TTAPI's actions take none", async () => {
    const grid = await finishedParent(mjproxyId, "IMAGINE", "a harbour");
    await expect(queueFollowUp(alice, actOnJobSchema.parse({ jobId: grid, action: "upscale:1", prompt: "x" }))).rejects.toThrow(/takes no prompt/);
    const ttGrid = await finishedParent(ttapiId, "IMAGINE", "a harbour");
    await expect(queueFollowUp(alice, actOnJobSchema.parse({ jobId: ttGrid, action: "variation:1", prompt: "x" }))).rejects.toThrow(
      /TTAPI's actions take no prompt/,
    );
    await expect(queueFollowUp(alice, actOnJobSchema.parse({ jobId: ttGrid, action: "variation:1" }))).resolves.toMatchObject({ id: expect.any(String) });
  });
});
