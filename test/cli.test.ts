import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchDir } from "./support/scratch.ts";
import type { SerializedAtlas } from "../graph/schema.ts";

const atlas = (...args: string[]) => spawnSync(process.execPath, ["bin/atlas.mjs", ...args], { encoding: "utf8" });
const noStackTrace = (stderr: string) => expect(stderr, "cli: errors are messages, not stack traces").not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("cli: atlas", () => {
  const dir = scratchDir("atlas-cli");

  it("cli: --strict fails a build with rejected records and names file, line and reason", () => {
    const out = join(dir, "strict");
    const r = atlas("build", "test/fixtures/mixed.jsonl", "test/fixtures/papers.csv", "--strict", "--out", out, "--no-cache");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("test/fixtures/mixed.jsonl:2: not valid JSON");
    expect(r.stderr).toContain('test/fixtures/papers.csv:6: missing "abstract"');
    expect(r.stderr).toMatch(/read 9 records from 2 files: kept 3, merged 1 duplicate, rejected 5/);
    noStackTrace(r.stderr);
  });

  it("cli: without --strict the same build succeeds and still reports every rejection", () => {
    const r = atlas("build", "test/fixtures/mixed.jsonl", "--out", join(dir, "lenient"), "--no-cache");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/rejected 3/);
  });

  it("cli: nothing usable is one clear error", () => {
    const junk = join(dir, "junk.bin");
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254]));
    const r = atlas("build", junk, "--out", join(dir, "junk"), "--no-cache");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("binary data");
    expect(r.stderr).toMatch(/^atlas: no papers to build from/m);
    noStackTrace(r.stderr);
  });

  it("cli: bad flag values are refused with the reason", () => {
    const r = atlas("build", "--workers", "zero");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--workers must be an integer >= 1");
  });

  it("cli: --update without the cache, where the previous map is kept, is refused with the reason", () => {
    const r = atlas("build", "test/fixtures/papers.json", "--update", "--no-cache", "--out", join(dir, "update"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("--update keeps the previous map in the cache");
    noStackTrace(r.stderr);
  });

  it("cli: --category keeps one field of an arXiv snapshot and accounts for the rest", () => {
    const out = join(dir, "category");
    const r = atlas("build", "test/fixtures/arxiv-snapshot.jsonl", "--category", "cs.CL", "--no-cache", "--out", out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("read 4 records from 1 file: kept 1, merged 0 duplicates, rejected 0, 3 outside --category cs.CL; 1 papers");
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as SerializedAtlas;
    expect(graph.attributes.input).toMatchObject({ read: 4, kept: 1, outside: 3, selection: { categories: ["cs.CL"] } });
  });

  it("cli: an output or cache directory that cannot be one is refused before the build, not at its end", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    for (const [flags, message] of [
      [["--out", file], `--out ${file} is a file, not a directory`],
      [["--out", join(dir, "out-ok"), "--cache", join(file, "cache")], `--cache ${join(file, "cache")} cannot be created (a parent of it is a file)`],
    ] as const) {
      const r = atlas("build", "test/fixtures/papers.json", ...flags);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr, "cli: refused before reading any input").not.toContain("read 3 records");
      noStackTrace(r.stderr);
    }
  });

  it.each([
    [["--category", "cs.XY"], "4 outside --category cs.XY; the most common categories of those: astro-ph.CO (1), astro-ph.GA (1), astro-ph.IM (1), cs.AI (1), cs.CL (1)"],
    [["--category", "cs.CL,cs/LG"], '--category: "cs/LG" is not an arXiv category'],
    [["--since", "2024"], "4 outside --since 2024; the records read are dated 2023-12 to 2023-12"],
    [["--since", "2024", "--until", "2023-06"], "--until 2023-06 is before --since 2024"],
    [["--until", "yesterday"], '--until takes a date such as 2025, 2025-06 or 2025-06-30, not "yesterday"'],
  ])("cli: %j that keeps nothing or is malformed is one clear error", (flags, message) => {
    const r = atlas("build", "test/fixtures/arxiv-snapshot.jsonl", ...flags, "--no-cache", "--out", join(dir, "category-none"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    noStackTrace(r.stderr);
  });

  it.each([
    ["build", ["--out", "--year", "--category", "--since", "--until", "--strict", "--seed", "--related", "--layout-seconds", "--workers", "--overview-above", "--cache", "--no-cache", "--update", "--report"]],
    ["extract", ["--year", "--category", "--since", "--until", "--strict", "--workers"]],
    ["serve", ["--port", "--no-open"]],
    ["bench", ["--papers", "--source", "--workers", "--seed", "--json", "--no-incremental"]],
  ])("cli: %s --help documents every flag", (command, flags) => {
    const r = atlas(command, "--help");
    expect(r.status).toBe(0);
    for (const flag of flags) expect(r.stdout, `cli: ${command} --help mentions ${flag}`).toContain(flag);
  });

  it("cli: cache shows what it holds, --keep keeps only the papers of some inputs, --clear empties it", () => {
    const cache = join(dir, "cache-command");
    const build = (...inputs: string[]) => atlas("build", ...inputs, "--out", join(dir, "cache-command-out"), "--cache", cache);
    const kept = (stderr: string) => Number(/kept (\d+), merged/.exec(stderr)![1]);
    const both = build("test/fixtures/papers.json", "test/fixtures/arxiv-snapshot.jsonl");
    expect(both.status).toBe(0);
    const held = atlas("cache", "--cache", cache);
    expect(held.stderr).toMatch(new RegExp(`holds, for this extractor \\(\\w+\\), ${kept(both.stderr)} papers \\([\\d.]+ MB\\), the last map of 1 output directory`));

    const pruned = atlas("cache", "--cache", cache, "--keep", "test/fixtures/papers.json");
    expect(pruned.status).toBe(0);
    const one = build("test/fixtures/papers.json");
    expect(pruned.stderr).toContain(`kept ${kept(one.stderr)} of ${kept(both.stderr)} cached papers`);
    expect(one.stderr, "cli: the kept papers still come from the cache").toContain(`(${kept(one.stderr)} extractions from cache)`);
    // The other input's papers are gone: a build of it extracts them again.
    expect(build("test/fixtures/arxiv-snapshot.jsonl").stderr).not.toContain("extractions from cache");

    expect(atlas("cache", "--cache", cache, "--keep", "x", "--clear").stderr).toContain("--keep and --clear cannot be combined");
    expect(atlas("cache", "--cache", cache, "--category", "cs.CL").stderr).toContain("give --keep <files...>");
    expect(atlas("cache", "--cache", cache, "--clear").stderr).toMatch(/removed 2 files from/);
    expect(atlas("cache", "--cache", cache).stderr).toContain("0 papers (0.0 MB), the last map of 0 output directories");
  });

  it("cli: extract prints one JSON line per paper", () => {
    const r = atlas("extract", "test/fixtures/papers.json");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { title: string; entities: unknown[] });
    expect(lines.map((l) => l.title)).toEqual(["FlashServe: Serving Large Language Models on H100 GPUs", "Quantized Diffusion on Jetson Orin"]);
  });
});
