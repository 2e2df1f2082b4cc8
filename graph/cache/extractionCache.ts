import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { appendFile, mkdir, readFile, readdir, rm } from "node:fs/promises";
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
    const file = join(dir, `extract-${fingerprint}.jsonl`);
    const entries = new Map<string, PaperExtraction>();
    const add = (line: string) => {
      if (!line) return;
      // The cache holds every paper of every corpus built with this extractor; of a line another
      // corpus's paper, only the hash is read, so that a small build after a large one stays fast.
      if (wanted && line.startsWith(LINE_START) && !wanted.has(line.slice(LINE_START.length, line.indexOf('"', LINE_START.length)))) return;
      try {
        const { h, r } = JSON.parse(line) as { h: string; r: PaperExtraction };
        entries.set(h, r);
      } catch {
        // torn write: the paper is simply extracted again
      }
    };
    let rest = "";
    try {
      // Blocks split at line ends by hand, not readline: about as fast as reading the file whole.
      for await (const block of createReadStream(file, { encoding: "utf8", highWaterMark: READ_BLOCK })) {
        const lines = (rest + (block as string)).split("\n");
        rest = lines.pop()!;
        for (const line of lines) add(line);
      }
      add(rest);
    } catch (error) {
      // No cache yet is an empty one; any other failure to read it is the user's to know.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    return new ExtractionCache(file, dir, entries, rest !== "");
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
