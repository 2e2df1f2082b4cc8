import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { appendFile, mkdir, readFile, readdir, rename, rm, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { PaperExtraction } from "../extract/index.ts";

/**
 * The extractor's identity: a hash of every file under graph/extract (code and
 * lexicons). Editing a lexicon or a rule changes it, which invalidates the cache.
 */
export async function extractorFingerprint(extractDir: string): Promise<string> {
  const entries = await readdir(extractDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(extractDir, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export function contentHash(paper: { title: string; abstract: string }): string {
  return createHash("sha1").update(paper.title).update("\0").update(paper.abstract).digest("base64url");
}

const LINES_PER_APPEND = 10_000;

function cacheFile(dir: string, fingerprint: string): string {
  return join(dir, `extract-${fingerprint}.jsonl`);
}

/** The hash a line starts with, as `set` writes it, without parsing the line. */
function hashOf(line: string): string | undefined {
  if (!line.startsWith(LINE_START)) return undefined;
  const end = line.indexOf('"', LINE_START.length);
  return end < 0 ? undefined : line.slice(LINE_START.length, end);
}

/**
 * The non-empty lines of a cache file, a block at a time: the file holds every paper this
 * extractor version has met, 1.2 KB each, and past about 450k papers it is longer than one
 * JavaScript string can be. No file yet is an empty one; any other failure to read it is the
 * user's to know. `torn` is set when the file ends inside a line (an interrupted save).
 */
async function* lineBlocks(file: string, torn: { end: boolean } = { end: false }): AsyncGenerator<string[]> {
  let rest = "";
  try {
    // Blocks split at line ends by hand, not readline: about as fast as reading the file whole.
    for await (const block of createReadStream(file, { encoding: "utf8", highWaterMark: READ_BLOCK })) {
      const lines = (rest + (block as string)).split("\n");
      rest = lines.pop()!;
      yield lines.filter(Boolean);
    }
    if (rest) yield [rest];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  torn.end = rest !== "";
}

async function forEachLine(file: string, onLine: (line: string) => void): Promise<{ tornEnd: boolean }> {
  const torn = { end: false };
  for await (const lines of lineBlocks(file, torn)) for (const line of lines) onLine(line);
  return { tornEnd: torn.end };
}

/** What a cache directory holds for one extractor version. */
export interface CacheContents {
  file: string;
  papers: number;
  bytes: number;
  /** Output directories whose last map is kept, for `--update`. */
  maps: number;
}

async function mapCount(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith("map-")).length;
}

export async function describeCache(dir: string, fingerprint: string): Promise<CacheContents> {
  const file = cacheFile(dir, fingerprint);
  const hashes = new Set<string>();
  await forEachLine(file, (line) => {
    const hash = hashOf(line);
    if (hash !== undefined) hashes.add(hash);
  });
  const bytes = hashes.size > 0 ? (await stat(file)).size : 0;
  return { file, papers: hashes.size, bytes, maps: await mapCount(dir) };
}

/**
 * Keeps only the papers whose content hashes are in `keep`: the cache grows by every paper ever
 * built with this extractor, whatever the corpus. One pass over the file, rewritten through a
 * temporary file, so an interrupted prune leaves the cache as it was.
 */
export async function pruneCache(dir: string, fingerprint: string, keep: ReadonlySet<string>): Promise<{ before: CacheContents; after: CacheContents }> {
  const file = cacheFile(dir, fingerprint);
  const maps = await mapCount(dir);
  const size = await stat(file).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return 0;
      throw error;
    },
  );
  if (size === 0) {
    const empty = { file, papers: 0, bytes: 0, maps };
    return { before: empty, after: empty };
  }
  const temporary = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temporary);
  const seen = new Set<string>();
  const kept = new Set<string>();
  let written = 0;
  try {
    for await (const lines of lineBlocks(file)) {
      const wanted = lines.filter((line) => {
        const hash = hashOf(line);
        if (hash === undefined) return false;
        seen.add(hash);
        // A torn last line (an interrupted save) is dropped: it would never load.
        if (!keep.has(hash) || kept.has(hash) || !line.endsWith("}")) return false;
        kept.add(hash);
        return true;
      });
      if (wanted.length === 0) continue;
      const text = wanted.join("\n") + "\n";
      written += Buffer.byteLength(text);
      if (!out.write(text)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    await rename(temporary, file);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
  return { before: { file, papers: seen.size, bytes: size, maps }, after: { file, papers: kept.size, bytes: written, maps } };
}

/** Removes the cache of every extractor version and every kept map. */
export async function clearCache(dir: string): Promise<number> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.startsWith("extract-") || name.startsWith("map-"));
  for (const name of names) await rm(join(dir, name), { force: true });
  return names.length;
}
const READ_BLOCK = 16 << 20;
/** How `set` writes every line: the hash comes first. */
const LINE_START = '{"h":"';

/**
 * Extraction results keyed by content hash, one append-only JSON-lines file per
 * extractor fingerprint. Adding 1% more papers re-extracts only that 1%.
 * A torn last line (an interrupted build) is skipped on load, not fatal.
 */
export class ExtractionCache {
  private readonly pending: string[] = [];
  /** Papers of other corpora in the file, and about how many bytes they take: what `atlas cache --keep` would drop. */
  others = { papers: 0, bytes: 0 };

  private constructor(
    private readonly file: string,
    private readonly dir: string,
    private readonly entries: Map<string, PaperExtraction>,
    /** The file ends inside a line (an interrupted save): what is appended must start a new one. */
    private tornEnd: boolean,
  ) {}

  /**
   * Read line by line: the file holds every paper this extractor version has met, 1.2 KB each,
   * and past about 450k papers it is longer than one JavaScript string can be. With `wanted`,
   * only those hashes are loaded.
   */
  static async open(dir: string, fingerprint: string, wanted?: ReadonlySet<string>): Promise<ExtractionCache> {
    const file = cacheFile(dir, fingerprint);
    const entries = new Map<string, PaperExtraction>();
    const others = { papers: 0, bytes: 0 };
    const { tornEnd } = await forEachLine(file, (line) => {
      // The cache holds every paper of every corpus built with this extractor; of a line another
      // corpus's paper, only the hash is read, so that a small build after a large one stays fast.
      if (wanted && !wanted.has(hashOf(line) ?? "")) {
        others.papers++;
        others.bytes += line.length + 1;
        return;
      }
      try {
        const { h, r } = JSON.parse(line) as { h: string; r: PaperExtraction };
        entries.set(h, r);
      } catch {
        // torn write: the paper is simply extracted again
      }
    });
    const cache = new ExtractionCache(file, dir, entries, tornEnd);
    cache.others = others;
    return cache;
  }

  get size(): number {
    return this.entries.size;
  }

  get(hash: string): PaperExtraction | undefined {
    return this.entries.get(hash);
  }

  set(hash: string, result: PaperExtraction): void {
    if (this.entries.has(hash)) return;
    this.entries.set(hash, result);
    this.pending.push(JSON.stringify({ h: hash, r: result }));
  }

  /** Appends new entries and removes the files of other fingerprints, which can never hit again. */
  async save(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // In batches: the lines of 450k new papers joined would again pass the longest string.
    for (let i = 0; i < this.pending.length; i += LINES_PER_APPEND) {
      await appendFile(this.file, (this.tornEnd ? "\n" : "") + this.pending.slice(i, i + LINES_PER_APPEND).join("\n") + "\n");
      this.tornEnd = false;
    }
    this.pending.length = 0;
    for (const name of await readdir(this.dir)) {
      const path = join(this.dir, name);
      if (name.startsWith("extract-") && path !== this.file) await rm(path, { force: true });
    }
  }
}
