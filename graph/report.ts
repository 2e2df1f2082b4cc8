import type { InputSummary } from "./schema.ts";

const MAX_LISTED = 20;

/** One line that accounts for every record read. */
export function summaryLine(summary: InputSummary): string {
  const files = summary.files.length;
  return (
    `read ${summary.read} record${summary.read === 1 ? "" : "s"} from ${files} file${files === 1 ? "" : "s"}: ` +
    `kept ${summary.kept}, merged ${summary.duplicates} duplicate${summary.duplicates === 1 ? "" : "s"}, rejected ${summary.rejected}`
  );
}

export function rejectionLines(summary: InputSummary): string[] {
  const lines = summary.rejections.slice(0, MAX_LISTED).map((r) => `  ${r.file}${r.line ? `:${r.line}` : ""}: ${r.reason}`);
  if (summary.rejections.length > MAX_LISTED) lines.push(`  … and ${summary.rejections.length - MAX_LISTED} more`);
  return lines;
}
