import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkFreshness } from "../../graph/freshness.ts";
import { buildAtlas } from "../../graph/pipeline.ts";
import { SCHEMA_VERSION } from "../../graph/schema.ts";
import { scratchDir } from "../support/scratch.ts";

const DEFAULT_INPUTS = ["graph/corpus"];
const YEAR_AGO = new Date(Date.now() - 365 * 24 * 3600 * 1000);
const LATER = new Date(Date.now() + 3600 * 1000);

describe("freshness: what `atlas serve` builds again, and from what", () => {
  const dir = scratchDir("atlas-freshness");
  const input = join(dir, "snapshot.jsonl");
  const sources = join(dir, "builder");
  const out = join(dir, "out");
  const graphPath = join(out, "graph.json");

  beforeAll(async () => {
    copyFileSync("test/fixtures/arxiv-snapshot.jsonl", input);
    utimesSync(input, YEAR_AGO, YEAR_AGO);
    mkdirSync(sources);
    writeFileSync(join(sources, "cli.ts"), "");
    utimesSync(join(sources, "cli.ts"), YEAR_AGO, YEAR_AGO);
    await buildAtlas({ inputs: [input], outDir: out, seed: "paper-atlas", relatedK: 5, layoutSeconds: 1, overviewAbove: 50_000, workers: 1, selection: { categories: ["cs.CL"] } });
  });

  it("freshness: a map newer than its inputs and the builder is served as it is", async () => {
    expect(await checkFreshness(out, DEFAULT_INPUTS, sources)).toEqual({ fresh: true });
  });

  it("freshness: a newer input is built again from the recorded inputs, with the selection they were built with", async () => {
    utimesSync(input, LATER, LATER);
    try {
      expect(await checkFreshness(out, DEFAULT_INPUTS, sources)).toEqual({
        fresh: false,
        reason: `${relative(process.cwd(), input)} is newer than ${graphPath}`,
        inputs: [relative(process.cwd(), input)],
        selection: { categories: ["cs.CL"] },
        settings: { seed: "paper-atlas", related: 5, layoutSeconds: 1, overviewAbove: 50_000 },
      });
    } finally {
      utimesSync(input, YEAR_AGO, YEAR_AGO);
    }
  });

  it("freshness: only the head of graph.json is read, so a map too large for one string is checked too", async () => {
    const written = readFileSync(graphPath, "utf8");
    const head = written.slice(0, written.indexOf(',"nodes":['));
    const elsewhere = join(dir, "large");
    mkdirSync(elsewhere);
    // What follows the head is not read: here it is not even JSON.
    writeFileSync(join(elsewhere, "graph.json"), head + ',"nodes":[' + "x".repeat(8 << 20));
    expect(await checkFreshness(elsewhere, DEFAULT_INPUTS, sources)).toEqual({ fresh: true });
  });

  it.each([
    ["no graph.json", undefined, "does not exist", DEFAULT_INPUTS],
    ["not JSON", "<html>", "is not valid JSON", DEFAULT_INPUTS],
    ["another schema version", `{"options":{},"attributes":{"schemaVersion":${SCHEMA_VERSION + 1},"build":{"seed":"s","related":3,"layoutSeconds":2,"overviewAbove":9},"input":{"files":[{"file":"INPUT"}],"selection":{"since":"2025"}}},"nodes":[],"edges":[]}`, `has schema version ${SCHEMA_VERSION + 1}`, ["INPUT"]],
    ["a map older than the default corpus, its own inputs gone", `{"options":{},"attributes":{"schemaVersion":${SCHEMA_VERSION},"build":{"seed":"s","related":3,"layoutSeconds":2,"overviewAbove":9},"input":{"files":[{"file":"gone.jsonl"}],"selection":{"since":"2025"}}},"nodes":[],"edges":[]}`, "is newer than", DEFAULT_INPUTS],
  ])("freshness: %s is built again", async (name, content, reason, inputs) => {
    const at = join(dir, name.replace(/\W+/g, "-"));
    mkdirSync(at);
    if (content !== undefined) {
      writeFileSync(join(at, "graph.json"), content.replace("INPUT", relative(process.cwd(), input)));
      utimesSync(join(at, "graph.json"), YEAR_AGO, YEAR_AGO);
    }
    const freshness = await checkFreshness(at, DEFAULT_INPUTS, sources);
    expect(freshness.fresh).toBe(false);
    if (freshness.fresh) return;
    expect(freshness.reason).toContain(reason);
    expect(freshness.inputs).toEqual(inputs.map((i) => (i === "INPUT" ? relative(process.cwd(), input) : i)));
    expect(freshness.selection, "freshness: the selection goes with the recorded inputs only").toEqual(inputs === DEFAULT_INPUTS ? undefined : { since: "2025" });
    expect(freshness.settings, "freshness: so do the settings").toEqual(inputs === DEFAULT_INPUTS ? undefined : { seed: "s", related: 3, layoutSeconds: 2, overviewAbove: 9 });
  });
});
