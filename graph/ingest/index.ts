import type { Stats } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { extname, relative } from "node:path";
import type { FileSummary, InputFormat, InputSummary, Paper, Rejection, Selection } from "../schema.ts";
import { readCsv } from "./csv.ts";
import { readHfPage, looksLikeHfPage } from "./hfPage.ts";
import { readJson, readJsonl } from "./json.ts";
import { failedResult, type PaperRecord, type ReadResult } from "./record.ts";
import { categorySelection, inDateRange, type CategorySelection } from "./select.ts";
import { compareDates } from "./dates.ts";
import { cleanText, hasLatex, normaliseTitle, paperKey } from "./text.ts";
import { EXTENSIONS, SNIFFED, expandInputs } from "./files.ts";

export interface IngestOptions {
  /** Year for the year-less dates of Hugging Face pages (default: the year after the page's latest). */
  year?: number;
  /** Keep only the records inside this selection; see select.ts. */
  selection?: Selection;
  /** Told the bytes read so far, of all inputs, and their total. */
  onProgress?: (bytes: number, total: number) => void;
}

export interface Corpus {
  papers: Paper[];
  summary: InputSummary;
  /** With a selection: what the records outside it were, to show a misspelt category or a range that misses. */
  outside?: {
    /** With categories selected: theirs, most common first. */
    categories?: [name: string, records: number][];
    /** With dates selected: the earliest and latest of the records read, inside or out. */
    dates?: [first: string, last: string];
  };
}

/** Text files only: a NUL byte or invalid UTF-8 near the start means binary data. */
async function readHead(path: string, bytes = 65536): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function isBinary(head: Buffer): boolean {
  if (head.includes(0)) return true;
  // Cut at the last complete line so a multi-byte character split by the read does not count.
  const cut = head.lastIndexOf(10);
  const sample = cut > 0 ? head.subarray(0, cut) : head;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample);
    return false;
  } catch {
    return cut > 0 || head.length < 65536;
  }
}

function sniff(head: string, ext: string): InputFormat | undefined {
  const known = EXTENSIONS[ext];
  const trimmed = head.replace(/^\uFEFF/, "").trimStart();
  if (known === "json" || (known === undefined && /^[[{]/.test(trimmed))) {
    if (trimmed.startsWith("[")) return "json";
    // Several lines each holding an object: JSON Lines saved as .json.
    const lines = trimmed.split("\n").filter((l) => l.trim());
    return lines.length > 1 && lines.slice(0, 3).every((l) => l.trim().startsWith("{") && l.trim().endsWith("}")) ? "jsonl" : "json";
  }
  if (known) return known;
  if (trimmed.startsWith("@")) return "bibtex";
  if (looksLikeHfPage(head)) return "hf-page";
  const firstLine = trimmed.slice(0, trimmed.indexOf("\n") >>> 0).toLowerCase();
  if (/\btitle\b/.test(firstLine) && /\babstract\b/.test(firstLine) && /[,;\t]/.test(firstLine)) return "csv";
  return SNIFFED.has(ext) && trimmed.length > 0 ? "hf-page" : undefined;
}

/**
 * Formats other than JSON Lines are read as one string, and V8 allows none longer than about
 * 512 million characters: past this, a file is reported instead of failing the build.
 */
export const MAX_WHOLE_FILE_BYTES = 500e6;

interface ReadOptions {
  year?: number;
  select?: CategorySelection;
  onBytes: (bytes: number) => void;
}

type FileInfo = Stats | NodeJS.ErrnoException;

async function readOne(path: string, file: string, info: FileInfo, options: ReadOptions): Promise<{ format: FileSummary["format"]; result: ReadResult }> {
  const fail = (reason: string, format: FileSummary["format"] = "unknown") => ({ format, result: failedResult(file, 0, reason) });
  const { select } = options;
  if (info instanceof Error) return fail(info.code === "ENOENT" ? "no such file" : `cannot read: ${info.message}`);
  if (!info.isFile()) return fail("not a regular file");
  if (info.size === 0) return fail("empty file: no records");
  const head = await readHead(path);
  if (isBinary(head)) return fail("binary data, not a text file of abstracts");
  const headText = head.toString("utf8");
  if (!headText.trim()) return fail("empty file: only whitespace");
  const format = sniff(headText, extname(path).toLowerCase());
  if (!format) return fail("unrecognised format: expected a Hugging Face listing page, JSON, JSONL, CSV or BibTeX");
  if (format === "jsonl") return { format, result: await readJsonl(path, file, select, options.onBytes) };
  if (info.size > MAX_WHOLE_FILE_BYTES) {
    return fail(`${(info.size / 1e6).toFixed(0)} MB is too large to read as one ${format === "json" ? "JSON document" : "file"}: JSON Lines (one record a line) is read as a stream, at any size`, format);
  }
  const text = await readFile(path, "utf8");
  switch (format) {
    case "json":
      return { format, result: readJson(text, file, select) };
    case "csv":
      return { format, result: readCsv(text, file, select) };
    case "bibtex": {
      // The BibTeX parser is the heaviest module of ingest and most corpora have no .bib file.
      const { readBibtex } = await import("./bibtex.ts");
      return { format, result: readBibtex(text, file, select) };
    }
    case "hf-page": {
      const result = readHfPage(text, file, { year: options.year, select });
      return result.read === 0 ? fail("no papers found: not a Hugging Face listing page (title line, then abstract line)", format) : { format, result };
    }
  }
}

/** The later record fills what the kept one lacks; the longer abstract wins because it carries more text to extract from. */
function merge(into: Paper, extra: PaperRecord): void {
  into.sources.push(extra.source);
  if (extra.abstract.length > into.abstract.length) into.abstract = extra.abstract;
  if (extra.date && (!into.date || extra.date.length > into.date.length || (extra.date.length === into.date.length && compareDates(extra.date, into.date) < 0))) {
    into.date = extra.date;
  }
  if (extra.authors && !into.authors) into.authors = extra.authors;
  if (extra.authorsCount !== undefined && into.authorsCount === undefined) into.authorsCount = extra.authorsCount;
  if (extra.upvotes !== undefined) into.upvotes = Math.max(into.upvotes ?? 0, extra.upvotes);
  for (const field of ["url", "doi", "arxivId"] as const) {
    if (into[field] === undefined && extra[field] !== undefined) into[field] = extra[field];
  }
  if (extra.categories) into.categories = [...new Set([...(into.categories ?? []), ...extra.categories])];
}

function widened(range: [string, string] | undefined, date: string): [string, string] {
  if (!range) return [date, date];
  return [date < range[0] ? date : range[0], date > range[1] ? date : range[1]];
}

/**
 * Reads every input, deduplicates papers by normalised title and accounts for
 * every record: kept, merged into an earlier duplicate, rejected with file,
 * line and reason, or outside the selection.
 */
export async function readCorpus(paths: string[], options: IngestOptions = {}): Promise<Corpus> {
  const files = await expandInputs(paths);
  const infos = await Promise.all(files.map((path): Promise<FileInfo> => stat(path).catch((error: NodeJS.ErrnoException) => error)));
  const sizes = infos.map((info) => (info instanceof Error || !info.isFile() ? 0 : info.size));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const { selection } = options;
  const select = selection?.categories ? categorySelection(selection.categories) : undefined;
  const byDate = selection?.since !== undefined || selection?.until !== undefined;
  let dates: [string, string] | undefined;
  let latexToText: ((text: string) => string) | undefined;
  const byTitle = new Map<string, Paper>();
  const summary: InputSummary = { files: [], read: 0, kept: 0, duplicates: 0, rejected: 0, rejections: [], ...(selection && { selection: { ...selection }, outside: 0 }) };
  let bytesBefore = 0;
  options.onProgress?.(0, totalBytes);
  for (const [i, path] of files.entries()) {
    const file = relative(process.cwd(), path) || path;
    const onBytes = (bytes: number) => options.onProgress?.(bytesBefore + Math.min(bytes, sizes[i]!), totalBytes);
    const { format, result } = await readOne(path, file, infos[i]!, { year: options.year, select, onBytes });
    bytesBefore += sizes[i]!;
    options.onProgress?.(bytesBefore, totalBytes);
    const fileSummary: FileSummary = { file, format, read: result.read, kept: 0, duplicates: 0, rejected: result.rejections.length };
    if (selection) fileSummary.outside = result.outside;
    for (const record of result.records) {
      // Titles are the map's labels and the key papers are merged by. Abstracts stay as written:
      // there, the parser would turn "\cite{he2022masked}" into text that reads as a name.
      if (hasLatex(record.title)) {
        // Loaded the first time it is needed: the LaTeX parser is the heaviest module of ingest.
        latexToText ??= (await import("./latex.ts")).latexToText;
        record.title = cleanText(latexToText(record.title));
      }
      if (byDate) {
        if (record.date) dates = widened(dates, record.date);
        if (!inDateRange(record.date, selection?.since, selection?.until)) {
          fileSummary.outside!++;
          continue;
        }
      }
      const normalised = normaliseTitle(record.title);
      const existing = byTitle.get(normalised);
      if (existing) {
        merge(existing, record);
        fileSummary.duplicates++;
        continue;
      }
      const { source, ...fields } = record;
      byTitle.set(normalised, { key: paperKey(normalised), ...fields, sources: [source] });
      fileSummary.kept++;
    }
    summary.files.push(fileSummary);
    summary.rejections.push(...(result.rejections as Rejection[]));
  }
  for (const f of summary.files) {
    summary.read += f.read;
    summary.kept += f.kept;
    summary.duplicates += f.duplicates;
    summary.rejected += f.rejected;
    if (summary.outside !== undefined) summary.outside += f.outside ?? 0;
  }
  const corpus: Corpus = { papers: [...byTitle.values()], summary };
  if (selection) corpus.outside = { ...(select && { categories: select.outsideNames() }), ...(dates && { dates }) };
  return corpus;
}
