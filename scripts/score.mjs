#!/usr/bin/env node
/**
 * Extraction scores on the hand-annotated dev set beside the repository (../shared/gold), which
 * a user's clone does not have: `npm run score [-- --misses]`. Exits 1 below the floors the
 * builder issue sets, so it can gate a change.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FLOORS = { typed: 0.7, untyped: 0.78, hardwareRecall: 0.95 };

const repo = fileURLToPath(new URL("..", import.meta.url));
const gold = process.env.ATLAS_GOLD ?? join(repo, "..", "shared", "gold");
if (!existsSync(join(gold, "dev.jsonl")) || !existsSync(join(gold, "score.mjs"))) {
  console.error(`score: no gold set at ${gold} (it sits beside the repository as ../shared/gold, or set ATLAS_GOLD)`);
  process.exit(2);
}
// The scorer runs only as the main module, which Node decides on its real path: resolve links first.
const devSet = join(realpathSync(gold), "dev.jsonl");
const scorer = join(realpathSync(gold), "score.mjs");

const run = (args) => spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const extract = run([join(repo, "bin", "atlas.mjs"), "extract", devSet]);
if (extract.status !== 0) {
  console.error(`score: atlas extract failed:\n${extract.stderr}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), "atlas-score-"));
try {
  const predictions = join(dir, "pred.jsonl");
  writeFileSync(predictions, extract.stdout);
  const flags = process.argv.slice(2);
  const report = run([scorer, devSet, predictions, ...flags]);
  process.stdout.write(report.stdout);
  const scored = run([scorer, devSet, predictions, "--json"]);
  if (scored.status !== 0 || !scored.stdout.trim()) {
    console.error(`score: ${scorer} printed no scores (status ${scored.status})${scored.stderr ? `:\n${scored.stderr}` : ""}`);
    process.exit(1);
  }
  const summary = JSON.parse(scored.stdout);
  const measured = { typed: summary.typed.f1, untyped: summary.untyped.f1, hardwareRecall: summary.recallByType.hardware };
  const below = Object.entries(FLOORS).filter(([name, floor]) => measured[name] < floor);
  for (const [name, floor] of below) console.error(`score: ${name} ${(100 * measured[name]).toFixed(1)} is below the floor of ${100 * floor}`);
  process.exitCode = below.length > 0 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
