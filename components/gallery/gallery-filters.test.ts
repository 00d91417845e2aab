import { describe, expect, it } from "vitest";
import { galleryQuery, readGalleryParams, toSearch } from "./gallery-filters";

describe("gallery filters", () => {
  it("reads URL parameters and drops malformed ones", () => {
    const params = readGalleryParams(new URLSearchParams("q=红狐狸&ar=16:9&from=2026-01-01&to=yesterday&view=trash&other=1"));
    expect(params).toEqual({ q: "红狐狸", ar: "16:9", from: "2026-01-01", view: "trash" });
  });

  it("reads a Next.js searchParams object", () => {
    expect(readGalleryParams({ kind: ["upscale", "zoom"], status: "failed" })).toEqual({ kind: "upscale", status: "failed" });
  });

  it("turns a view into the list query", () => {
    expect(galleryQuery({ view: "favorites", member: "u1" })).toMatchObject({ scope: "team", favorites: true, member: "u1", trash: undefined });
    expect(galleryQuery({ view: "trash" })).toMatchObject({ trash: true, favorites: undefined });
  });

  it("writes parameters back in a stable order", () => {
    expect(toSearch({ view: "favorites", q: "fox" })).toBe("?q=fox&view=favorites");
    expect(toSearch({})).toBe("");
  });
});
