import type { UpdateSummary } from "./pipeline.ts";
import { describeSelection } from "./ingest/select.ts";
import type { InputSummary } from "./schema.ts";

const MAX_LISTED = 20;

/** One line that accounts for every record read. */
export function summaryLine(summary: InputSummary): string {
  const files = summary.files.length;
  return (
    `read ${summary.read} record${summary.read === 1 ? "" : "s"} from ${files} file${files === 1 ? "" : "s"}: ` +
    `kept ${summary.kept}, merged ${summary.duplicates} duplicate${summary.duplicates === 1 ? "" : "s"}, rejected ${summary.rejected}` +
    (summary.selection ? `, ${summary.outside ?? 0} outside ${describeSelection(summary.selection)}` : "")
  );
}

export function rejectionLines(summary: InputSummary): string[] {
  const lines = summary.rejections.slice(0, MAX_LISTED).map((r) => `  ${r.file}${r.line ? `:${r.line}` : ""}: ${r.reason}`);
  if (summary.rejections.length > MAX_LISTED) lines.push(`  … and ${summary.rejections.length - MAX_LISTED} more`);
  return lines;
}

/**
 * Past this share of new nodes, placing them by their neighbours gives a worse map than laying
 * the whole graph out again, and the line says so.
 */
const NEW_SHARE_FOR_FRESH_LAYOUT = 0.1;

/** What `--update` kept of the previous map. */
export function updateLine(update: UpdateSummary): string {
  if ("fresh" in update) return `laid out afresh: ${update.fresh}`;
  const line =
    `kept ${update.kept} node${update.kept === 1 ? "" : "s"} in place and in their clusters, ` +
    `placed ${update.added} new by their neighbours, ${update.dropped} no longer in the corpus`;
  return update.added > NEW_SHARE_FOR_FRESH_LAYOUT * update.kept ? `${line}; with this many new nodes, a build without --update gives a better map` : line;
}

/** Past this much cache for papers a build does not use (about 400k papers), the build says how to drop them. */
export const CACHE_HINT_BYTES = 500e6;

/** What to say of the cache's papers of other corpora after a build of `papers`, if anything. */
export function cacheHint(elsewhere: { papers: number; bytes: number }, papers: number): string | undefined {
  if (elsewhere.bytes < CACHE_HINT_BYTES || elsewhere.papers <= papers) return undefined;
  return (
    `the extraction cache also holds ${elsewhere.papers} papers of other corpora (${(elsewhere.bytes / 1e6).toFixed(0)} MB); ` +
    "`npm run atlas -- cache --keep <files...>` keeps only those of the inputs you still build"
  );
}
