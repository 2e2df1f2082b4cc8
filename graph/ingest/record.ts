import { z } from "zod";
import type { Paper, Rejection, SourceRef } from "../schema.ts";
import type { CategorySelection } from "./select.ts";
import { dateFromArxivId, parseDate } from "./dates.ts";
import { cleanText } from "./text.ts";

/** A paper as one input record describes it, before deduplication. */
export type PaperRecord = Omit<Paper, "key" | "sources"> & { source: SourceRef };

export type RecordResult = { ok: true; record: PaperRecord } | { ok: false; reason: string } | { ok: false; outside: true };

/** What a reader returns for one input file; `read` counts every record in it. */
export interface ReadResult {
  records: PaperRecord[];
  rejections: Rejection[];
  read: number;
  /** Records outside the category selection (see select.ts). */
  outside: number;
}

export function emptyResult(): ReadResult {
  return { records: [], rejections: [], read: 0, outside: 0 };
}

/** A file that is one rejected record: unreadable, empty, or not a format of abstracts. */
export function failedResult(file: string, line: number, reason: string): ReadResult {
  return { records: [], rejections: [{ file, line, reason }], read: 1, outside: 0 };
}

/** Counts one record's result into its file's: kept, outside the selection, or rejected with its reason. */
export function tally(result: ReadResult, r: RecordResult, source: SourceRef, describe: (reason: string) => string = (reason) => reason): void {
  if (r.ok) result.records.push(r.record);
  else if ("outside" in r) result.outside++;
  else result.rejections.push({ ...source, reason: describe(r.reason) });
}

/** Abstracts longer than this are full texts or junk, not abstracts. */
export const MAX_ABSTRACT_CHARS = 20_000;
export const MAX_TITLE_CHARS = 1_000;

const text = z.union([z.string(), z.number()]).transform((v) => String(v));
const stringList = z.union([
  z.string(),
  z.array(z.union([z.string(), z.object({ name: z.string() }).transform((a) => a.name)])),
]);

/**
 * The fields Paper Atlas reads from a JSON, JSONL, CSV or BibTeX record. The arXiv
 * metadata snapshot's names (`id`, `authors` as one string, `categories` space-separated,
 * `update_date`, `versions`) work as they are; unknown fields are ignored. A null is an absent
 * field: the snapshot writes `"doi": null` for every paper without a DOI.
 */
const recordSchema = z.object({
  title: z.string({ error: "missing title" }),
  abstract: z.string().nullish(),
  summary: z.string().nullish(),
  id: text.nullish(),
  arxiv_id: text.nullish(),
  arxivId: text.nullish(),
  doi: z.string().nullish(),
  url: z.string().nullish(),
  authors: stringList.nullish(),
  author: stringList.nullish(),
  date: z.union([z.string(), z.number()]).nullish(),
  published: z.string().nullish(),
  year: z.union([z.string(), z.number()]).nullish(),
  update_date: z.string().nullish(),
  versions: z.array(z.object({ created: z.string().nullish() }).loose()).nullish(),
  categories: stringList.nullish(),
  upvotes: z.union([z.number(), z.string()]).nullish(),
});

export type RawFields = z.input<typeof recordSchema>;

function splitAuthors(authors: string | string[]): string[] {
  if (Array.isArray(authors)) return authors.map(cleanText).filter(Boolean);
  return cleanText(authors)
    .split(/\s*(?:,|;|\band\b)\s*/)
    .map((a) => a.trim())
    .filter(Boolean);
}

function splitCategories(categories: string | string[]): string[] {
  return (Array.isArray(categories) ? categories : categories.split(/[\s,;]+/)).map((c) => c.trim()).filter(Boolean);
}

function looksLikeArxivId(id: string): boolean {
  return /^(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i.test(id.trim());
}

/**
 * Validates one decoded record and maps it onto Paper's fields. With a category selection, a
 * record outside it is set aside before validation: of a 2.7-million-record arXiv snapshot, most
 * are outside, and they are neither checked nor reported.
 */
export function toPaperRecord(raw: unknown, source: SourceRef, select?: CategorySelection): RecordResult {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, reason: `expected an object with "title" and "abstract", found ${Array.isArray(raw) ? "an array" : raw === null ? "null" : typeof raw}` };
  }
  if (select && !select.includes((raw as { categories?: unknown }).categories)) return { ok: false, outside: true };
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".");
    const missing = issue.code === "invalid_type" && (raw as Record<string, unknown>)[field] == null;
    return { ok: false, reason: missing ? `missing "${field}"` : `field "${field}": ${issue.message}` };
  }
  const f = parsed.data;
  const title = cleanText(f.title);
  const abstract = cleanText(f.abstract ?? f.summary ?? "");
  if (!title) return { ok: false, reason: `empty "title"` };
  if (title.length > MAX_TITLE_CHARS) return { ok: false, reason: `title is ${title.length} characters long (limit ${MAX_TITLE_CHARS})` };
  if (!abstract) return { ok: false, reason: f.abstract == null && f.summary == null ? `missing "abstract"` : `empty "abstract"` };
  if (abstract.length > MAX_ABSTRACT_CHARS) {
    return { ok: false, reason: `abstract is ${abstract.length} characters long (limit ${MAX_ABSTRACT_CHARS}): a full text, not an abstract` };
  }

  const record: PaperRecord = { title, abstract, source };
  const arxivId = f.arxiv_id ?? f.arxivId ?? (f.id != null && looksLikeArxivId(f.id) ? f.id : undefined);
  if (arxivId) record.arxivId = arxivId.trim().replace(/^arxiv:/i, "");
  if (f.doi) record.doi = f.doi.trim();
  if (f.url) record.url = f.url.trim();
  else if (record.arxivId) record.url = `https://arxiv.org/abs/${record.arxivId}`;
  else if (record.doi) record.url = `https://doi.org/${record.doi}`;

  const authors = f.authors ?? f.author;
  if (authors != null) {
    record.authors = splitAuthors(authors);
    record.authorsCount = record.authors.length;
  }
  const date =
    parseDate(f.date) ??
    parseDate(f.published) ??
    parseDate(f.versions?.[0]?.created) ??
    (record.arxivId ? dateFromArxivId(record.arxivId) : undefined) ??
    parseDate(f.update_date) ??
    parseDate(typeof f.year === "string" ? f.year.trim() : f.year);
  if (date) record.date = date;
  if (f.categories != null) record.categories = splitCategories(f.categories);
  const upvotes = f.upvotes == null ? NaN : Number(f.upvotes);
  if (Number.isFinite(upvotes)) record.upvotes = upvotes;
  return { ok: true, record };
}
