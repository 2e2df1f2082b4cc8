import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { InputFormat } from "../schema.ts";

// Apart from ingest's readers, so that the commands which only list inputs (the heap check, the
// freshness check of `atlas serve`) start without loading them.

export const EXTENSIONS: Record<string, InputFormat> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".csv": "csv",
  ".tsv": "csv",
  ".bib": "bibtex",
  ".bibtex": "bibtex",
};
export const SNIFFED = new Set([".txt", ".text", ".md", ".html", ".htm", ""]);

/** Expands directories (recursively, files of known extensions) and sorts, so input order never changes the output. */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        const ext = extname(e.name).toLowerCase();
        if (e.isFile() && !e.name.startsWith(".") && (ext in EXTENSIONS || (SNIFFED.has(ext) && ext !== ""))) {
          files.add(join(e.parentPath, e.name));
        }
      }
    } else {
      files.add(p);
    }
  }
  return [...files].sort();
}

