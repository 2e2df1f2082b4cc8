/**
 * Regenerates graph/extract/lexicon/mined/*.json from a corpus of abstracts (default: the
 * bench corpus beside the repository). The output is committed: users' clones have no bench.
 *
 *   npx tsx scripts/mine-lexicon.ts [CORPUS.jsonl]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mineLexicon } from "../graph/extract/mine.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const corpusPath = process.argv[2] ?? `${repo}../shared/bench/arxiv-2025.jsonl`;
const outDir = `${repo}graph/extract/lexicon/mined/`;

let text: string;
try {
  text = readFileSync(corpusPath, "utf8");
} catch {
  console.error(`mine-lexicon: cannot read ${corpusPath}; pass a JSONL corpus of {title, abstract} records`);
  process.exit(1);
}

const papers = text
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { title: string; abstract: string });
const lexicon = mineLexicon(papers);

/** One entry per line, so that a regeneration reads as a small diff. */
function write(name: string, value: Record<string, unknown> | unknown[]): void {
  const entries = Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  writeFileSync(`${outDir}${name}.json`, entries.length === 0 ? `${open}${close}\n` : `${open}\n  ${entries.join(",\n  ")}\n${close}\n`);
}

write("phrases", lexicon.phrases);
write("names", lexicon.names);
write("acronyms", lexicon.acronyms);
write("families", lexicon.families);
write("graded", lexicon.graded);
write("head-breadth", lexicon.headBreadth);
console.log(
  `mine-lexicon: ${papers.length} abstracts -> ${Object.keys(lexicon.phrases).length} phrases, ` +
    `${Object.keys(lexicon.names).length} names, ${Object.keys(lexicon.acronyms).length} acronyms, ${Object.keys(lexicon.families).length} families`,
);
