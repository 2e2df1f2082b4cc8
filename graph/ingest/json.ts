import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { emptyResult, failedResult, tally, toPaperRecord, type ReadResult } from "./record.ts";
import type { CategorySelection } from "./select.ts";

function jsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `not valid JSON (${message.length > 100 ? message.slice(0, 100) + "…" : message})`;
}

/** Progress is told every this many lines: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_LINES = 2000;

/** One JSON object a line; blank lines are not records. Streams, so files larger than memory allows as one string work. */
export async function readJsonl(path: string, file: string, select?: CategorySelection, onBytes?: (bytes: number) => void): Promise<ReadResult> {
  const result = emptyResult();
  const input = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (onBytes && lineNo % PROGRESS_EVERY_LINES === 0) onBytes(input.bytesRead);
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    result.read++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.rejections.push({ file, line: lineNo, reason: jsonError(error) });
      continue;
    }
    tally(result, toPaperRecord(value, { file, line: lineNo }, select), { file, line: lineNo });
  }
  return result;
}

interface Element {
  text: string;
  line: number;
  complete: boolean;
}

/**
 * Splits a top-level JSON array into its elements without parsing them, tracking
 * the line each starts on. A truncated file still yields every complete element
 * before the cut, and the cut one is reported with its line.
 */
function splitArray(text: string, start: number): Element[] {
  const elements: Element[] = [];
  let depth = 0;
  let inString = false;
  let line = 1 + countNewlines(text, 0, start);
  let elementStart = -1;
  let elementLine = line;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (elementStart < 0 && c !== undefined && !/\s/.test(c)) {
      if (depth === 0 && c === "]") return elements;
      elementStart = i;
      elementLine = line;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (depth > 0) depth--;
      else {
        if (elementStart >= 0) elements.push({ text: text.slice(elementStart, i), line: elementLine, complete: true });
        return elements;
      }
    } else if (c === "," && depth === 0) {
      elements.push({ text: text.slice(elementStart, i), line: elementLine, complete: true });
      elementStart = -1;
    }
  }
  if (elementStart >= 0) elements.push({ text: text.slice(elementStart), line: elementLine, complete: false });
  else elements.push({ text: "", line, complete: false });
  return elements;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * A JSON array of records, or an object holding one (`{"papers": [...]}`), or a
 * single record object.
 */
export function readJson(text: string, file: string, select?: CategorySelection): ReadResult {
  const first = text.search(/\S/);
  if (text[first] === "[") return readArray(text, first, file, select);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failedResult(file, 1, jsonError(error));
  }
  const holder = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const listKey = holder && !("title" in holder) ? Object.keys(holder).find((k) => Array.isArray(holder[k])) : undefined;
  if (listKey !== undefined) return readArray(text, text.indexOf("[", text.indexOf(JSON.stringify(listKey))), file, select);
  const result = emptyResult();
  result.read = 1;
  tally(result, toPaperRecord(value, { file, line: 1 }, select), { file, line: 1 });
  return result;
}

function readArray(text: string, start: number, file: string, select?: CategorySelection): ReadResult {
  const result = emptyResult();
  for (const el of splitArray(text, start)) {
    result.read++;
    let value: unknown;
    try {
      value = JSON.parse(el.text);
    } catch (error) {
      const reason = el.complete ? jsonError(error) : el.text ? "file ends inside this record (truncated JSON)" : "file ends before the JSON array is closed (truncated JSON)";
      result.rejections.push({ file, line: el.line, reason });
      continue;
    }
    if (!el.complete) {
      // The record before the cut survived, but whatever followed it is lost: say so.
      result.read++;
      result.rejections.push({ file, line: el.line, reason: "file ends before the JSON array is closed (truncated JSON)" });
    }
    tally(result, toPaperRecord(value, { file, line: el.line }, select), { file, line: el.line });
  }
  return result;
}
