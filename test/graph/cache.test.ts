import { appendFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearCache, contentHash, describeCache, ExtractionCache, pruneCache } from "../../graph/cache/extractionCache.ts";
import { CACHE_HINT_BYTES, cacheHint } from "../../graph/report.ts";
import type { PaperExtraction } from "../../graph/extract/index.ts";
import { scratchDir } from "../support/scratch.ts";

const extraction = (name: string): PaperExtraction => ({ mentions: [{ name, type: "technique", forms: [], count: 1, inTitle: false }], tentative: [] });

describe("cache: extractions by content hash", () => {
  const dir = scratchDir("atlas-cache-test");

  it("cache: none yet is an empty cache", async () => {
    expect((await ExtractionCache.open(join(dir, "nothing-here"), "f0")).size).toBe(0);
  });

  it("cache: what is saved is read again, past one append's batch, and a torn last line is skipped", async () => {
    const cache = await ExtractionCache.open(dir, "f1");
    const papers = Array.from({ length: 25_000 }, (_, i) => ({ title: `Paper ${i}`, abstract: `About concept ${i}.` }));
    for (const [i, paper] of papers.entries()) cache.set(contentHash(paper), extraction(`concept ${i}`));
    await cache.save();
    const file = join(dir, "extract-f1.jsonl");
    expect(readFileSync(file, "utf8").split("\n").filter(Boolean)).toHaveLength(25_000);
    appendFileSync(file, '{"h": "torn", "r": {"ment');
    const again = await ExtractionCache.open(dir, "f1");
    expect(again.size).toBe(25_000);
    expect(again.get(contentHash(papers[24_999]!))).toEqual(extraction("concept 24999"));
    expect(again.get("torn")).toBeUndefined();
  });

  it("cache: with the hashes a build wants, only those are loaded, and a new one is added once", async () => {
    const wanted = [0, 7, 24_999].map((i) => contentHash({ title: `Paper ${i}`, abstract: `About concept ${i}.` }));
    const cache = await ExtractionCache.open(dir, "f1", new Set([...wanted, "not-cached"]));
    expect(cache.size).toBe(3);
    // What `atlas cache --keep` would drop: the other papers' lines, and their bytes within a line each.
    expect(cache.others.papers, "cache: 24,997 other papers and the torn line").toBe(24_998);
    const fileBytes = readFileSync(join(dir, "extract-f1.jsonl"), "utf8").length;
    expect(cache.others.bytes).toBeGreaterThan(fileBytes * 0.99);
    expect(cache.others.bytes).toBeLessThan(fileBytes);
    expect(cache.get(wanted[1]!)).toEqual(extraction("concept 7"));
    cache.set("not-cached", extraction("new"));
    await cache.save();
    expect((await ExtractionCache.open(dir, "f1")).size, "cache: the others stay in the file").toBe(25_001);
  });

  it("cache: another extractor's file is removed on save, as it can never hit again", async () => {
    const cache = await ExtractionCache.open(dir, "f2");
    cache.set("h", extraction("x"));
    await cache.save();
    expect((await ExtractionCache.open(dir, "f1")).size, "cache: f1 is gone").toBe(0);
    expect((await ExtractionCache.open(dir, "f2")).size).toBe(1);
  });

  it("cache: pruning keeps only the wanted papers, drops a torn line, and what is kept loads as before", async () => {
    const prune = join(dir, "prune");
    const cache = await ExtractionCache.open(prune, "p1");
    const hashes = Array.from({ length: 30 }, (_, i) => contentHash({ title: `Kept ${i}`, abstract: "." }));
    hashes.forEach((hash, i) => cache.set(hash, extraction(`concept ${i}`)));
    await cache.save();
    appendFileSync(join(prune, "extract-p1.jsonl"), `{"h":"${hashes[3]}","r":{"ment`);
    writeFileSync(join(prune, "map-0123456789abcdef.json"), "{}");
    expect(await describeCache(prune, "p1")).toMatchObject({ papers: 30, maps: 1 });

    const keep = new Set([hashes[3]!, hashes[29]!, "never-cached"]);
    const { before, after } = await pruneCache(prune, "p1", keep);
    expect([before.papers, after.papers]).toEqual([30, 2]);
    expect(after.bytes).toBeLessThan(before.bytes);
    const again = await ExtractionCache.open(prune, "p1");
    expect(again.size).toBe(2);
    expect(again.get(hashes[3]!)).toEqual(extraction("concept 3"));
    expect(again.get(hashes[29]!)).toEqual(extraction("concept 29"));
    expect(readdirSync(prune).sort(), "cache: no temporary file is left").toEqual(["extract-p1.jsonl", "map-0123456789abcdef.json"]);
  });

  it("cache: pruning or describing an absent cache is an empty one; clearing removes extractions and maps", async () => {
    const none = join(dir, "absent");
    expect(await describeCache(none, "p1")).toMatchObject({ papers: 0, bytes: 0, maps: 0 });
    expect((await pruneCache(none, "p1", new Set())).after.papers).toBe(0);
    const prune = join(dir, "prune");
    writeFileSync(join(prune, "unrelated.txt"), "kept");
    expect(await clearCache(prune)).toBe(2);
    expect(readdirSync(prune)).toEqual(["unrelated.txt"]);
  });

  it.each([
    ["a small cache", { papers: 300_000, bytes: CACHE_HINT_BYTES - 1 }, 360, false],
    ["a large cache of other corpora", { papers: 420_000, bytes: CACHE_HINT_BYTES }, 360, true],
    ["a large build beside a cache of fewer other papers", { papers: 420_000, bytes: CACHE_HINT_BYTES }, 500_000, false],
  ] as const)("cache: after a build, %s is mentioned only past the threshold", (_name, elsewhere, papers, said) => {
    const hint = cacheHint(elsewhere, papers);
    expect(hint !== undefined).toBe(said);
    if (hint) expect(hint).toMatch(/also holds 420000 papers of other corpora \(500 MB\); `npm run atlas -- cache --keep <files\.\.\.>`/);
  });
});
