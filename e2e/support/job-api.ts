// Reads what the studio's own API says about a job, with the page's session.
import { expect, type Page } from "@playwright/test";
import type { JobDetailDTO } from "../../lib/dto/jobs";

export async function readJob(page: Page, id: string): Promise<JobDetailDTO> {
  const response = await page.request.get(`/api/jobs/${id}`);
  expect(response.status(), `GET /api/jobs/${id}`).toBe(200);
  return (await response.json()) as JobDetailDTO;
}

export function jobIdFromUrl(page: Page): string {
  const match = /\/jobs\/([^/?#]+)/.exec(page.url());
  if (!match) throw new Error(`not on a job page: ${page.url()}`);
  return match[1];
}

/** Width × height of the first grid tile, or of the single image. */
export function imageSize(job: JobDetailDTO): { width: number; height: number } {
  const image = job.images.find((i) => i.kind === "TILE" && i.index === 1) ?? job.images.find((i) => i.kind === "UPSCALE") ?? job.images[0];
  if (!image) throw new Error(`job ${job.id} has no images`);
  return { width: image.width, height: image.height };
}
