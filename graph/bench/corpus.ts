import { createReadStream } from "node:fs";
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import seedrandom from "seedrandom";
import { normaliseTitle } from "../ingest/text.ts";

export interface BenchPaper {
  id: string;
  title: string;
  abstract: string;
  authors: string;
  categories: string;
  update_date: string;
}

export async function readBenchSource(path: string): Promise<BenchPaper[]> {
  const papers: BenchPaper[] = [];
  for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) {
    if (line.trim()) papers.push(JSON.parse(line) as BenchPaper);
  }
  return papers;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.length > 20);
}

/**
 * A corpus of `size` abstracts: the real ones first, then synthetic ones made
 * by recombining the sentences of real papers of the same primary category (so
 * topics, entities and co-occurrence stay realistic instead of uniformly
 * random). Seeded: the same size and seed give the same file.
 */
export function* benchCorpus(real: BenchPaper[], size: number, seed: string): Generator<BenchPaper> {
  for (const paper of real.slice(0, size)) yield paper;
  if (size <= real.length) return;

  const rng = seedrandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rng() * list.length)]!;
  const byCategory = new Map<string, BenchPaper[]>();
  for (const paper of real) {
    const primary = paper.categories.split(" ")[0] ?? "";
    byCategory.set(primary, [...(byCategory.get(primary) ?? []), paper]);
  }
  const sentencePool = new Map([...byCategory].map(([category, papers]) => [category, papers.flatMap((p) => sentences(p.abstract))]));
  // Deduplication would merge titles that normalise alike, and the corpus would fall short of its size.
  const titles = new Set(real.map((p) => normaliseTitle(p.title)));

  for (let i = 0; i < size - real.length; i++) {
    const base = pick(real);
    const category = base.categories.split(" ")[0] ?? "";
    const pool = sentencePool.get(category)!;
    const own = sentences(base.abstract);
    const body = [own[0] ?? base.abstract.slice(0, 200)];
    const extra = 3 + Math.floor(rng() * 4);
    for (let s = 0; s < extra; s++) body.push(rng() < 0.4 && own.length > 1 ? pick(own) : pick(pool));
    const other = pick(byCategory.get(category)!);
    const [head] = base.title.split(":");
    const tail = other.title.includes(":") ? other.title.slice(other.title.indexOf(":") + 1).trim() : other.title;
    let title = base.title.includes(":") ? `${head}: ${tail}` : `${tail} via ${base.title}`;
    for (let n = 2; titles.has(normaliseTitle(title)); n++) title = `${title.replace(/ \(part \d+\)$/, "")} (part ${n})`;
    titles.add(normaliseTitle(title));
    const year = 2023 + Math.floor(rng() * 3);
    const month = 1 + Math.floor(rng() * 12);
    yield {
      id: `synthetic-${i}`,
      title,
      abstract: body.join(" "),
      authors: base.authors,
      categories: base.categories,
      update_date: `${year}-${String(month).padStart(2, "0")}-${String(1 + Math.floor(rng() * 28)).padStart(2, "0")}`,
    };
  }
}

export async function writeBenchCorpus(path: string, papers: Iterable<BenchPaper>): Promise<void> {
  const out = createWriteStream(path);
  for (const paper of papers) {
    if (!out.write(JSON.stringify(paper) + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
