import { parse } from "csv-parse/sync";
import type { Rejection } from "../schema.ts";
import { emptyResult, failedResult, tally, toPaperRecord, type ReadResult } from "./record.ts";
import type { CategorySelection } from "./select.ts";

function guessDelimiter(headerLine: string): string {
  const counts = [",", ";", "\t"].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** CSV (or TSV) with a header row naming at least `title` and `abstract`. */
export function readCsv(text: string, file: string, select?: CategorySelection): ReadResult {
  const body = text.replace(/^\uFEFF/, "");
  const headerLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = guessDelimiter(headerLine);
  const header = headerLine.split(delimiter).map((h) => h.trim().replace(/^"|"$/g, "").trim().toLowerCase());
  const missing = ["title", "abstract"].filter((c) => !header.includes(c));
  if (missing.length) {
    return failedResult(file, 1, `header row lacks the column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(" and ")} (found: ${header.join(", ").slice(0, 120)})`);
  }

  const result = emptyResult();
  const skipped: Rejection[] = [];
  type Row = { record: string[]; info: { lines: number }; raw: string };
  let rows: Row[];
  try {
    rows = parse(body, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        // A broken row can raise several errors; it is one rejected record.
        if (error && !skipped.some((s) => s.line === line)) skipped.push({ file, line, reason: `malformed CSV row (${error.message})` });
        return undefined;
      },
    }) as unknown as Row[];
    // The header is parsed too, so that line numbers count from the top of the file.
    rows = rows.slice(1);
  } catch (error) {
    // Errors that end parsing (an unclosed quote at the end of the file) lose the rest of the file.
    const e = error as Error & { lines?: number };
    rows = [];
    skipped.push({ file, line: e.lines ?? 0, reason: `CSV parsing stopped: ${e.message}` });
  }
  for (const { record, info, raw } of rows) {
    result.read++;
    // info.lines is where the record ends; quoted fields can span lines.
    const startLine = info.lines - (raw.trimEnd().split("\n").length - 1);
    if (record.length !== header.length) {
      result.rejections.push({ file, line: startLine, reason: `row has ${record.length} fields, the header has ${header.length}` });
      continue;
    }
    const fields = Object.fromEntries(header.map((h, i) => [h, record[i]]).filter(([, v]) => v !== ""));
    tally(result, toPaperRecord(fields, { file, line: startLine }, select), { file, line: startLine });
  }
  result.read += skipped.length;
  result.rejections.push(...skipped);
  result.rejections.sort((a, b) => a.line - b.line);
  return result;
}
