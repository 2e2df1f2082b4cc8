import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
import { expandInputs } from "./ingest/files.ts";

/**
 * Node caps its heap at about 4 GB however much memory the machine has. A build peaks at 21 to
 * 28 bytes of memory per byte of input (3.38 GB for the 128 MB of 100k arXiv-style JSONL
 * records, 3.87 GB for 192 MB at 150k), so not far past 150k papers a build would die out of
 * memory after many minutes. A build whose inputs may need more than the cap starts again in a
 * child Node whose heap is sized to the machine. The estimate is taken near the top of that
 * range, so that the restart comes before the build could run out.
 */
const PEAK_BYTES_PER_INPUT_BYTE = 26;
/** Of the heap cap, what a build may expect to use before it asks for more. */
const HEADROOM = 0.9;
/** Of the machine's memory, what a larger heap may take: the rest is the OS's and the output's. */
const MEMORY_SHARE = 0.75;
/** Set in the child, so that it never starts another. */
const RESTARTED = "PAPER_ATLAS_HEAP_RAISED";

const MB = 1024 * 1024;

/** The heap, in MB, to build `inputBytes` of input with, or undefined when the current cap suffices or the machine has no more to give. */
export function heapToAsk(inputBytes: number, capBytes: number, memoryBytes: number): number | undefined {
  if (inputBytes * PEAK_BYTES_PER_INPUT_BYTE <= HEADROOM * capBytes) return undefined;
  const affordable = MEMORY_SHARE * memoryBytes;
  return affordable > capBytes ? Math.floor(affordable / MB) : undefined;
}

/** Whether `inputBytes` may need more memory than the machine has, when the whole input is built. */
export function beyondMachine(inputBytes: number, memoryBytes: number): boolean {
  return inputBytes * PEAK_BYTES_PER_INPUT_BYTE > memoryBytes;
}

/** The same command line, run by the same Node with a heap of `megabytes`. */
export function argumentsWithHeap(execArgv: readonly string[], argv: readonly string[], megabytes: number): string[] {
  return [`--max-old-space-size=${megabytes}`, ...execArgv, ...argv.slice(1)];
}

function heapChosen(): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((flag) => flag.startsWith("--max-old-space-size"));
}

/**
 * Runs this command again with a larger heap when `inputs` need it, and returns its exit code;
 * undefined when this process can build them itself (or a heap size was chosen explicitly).
 */
export async function rerunWithHeapFor(inputs: string[], log: (line: string) => void, options: { selected: boolean }): Promise<number | undefined> {
  if (process.env[RESTARTED] || heapChosen()) return undefined;
  let bytes = 0;
  for (const file of await expandInputs(inputs)) bytes += (await stat(file).catch(() => undefined))?.size ?? 0;
  const cap = getHeapStatistics().heap_size_limit;
  // A container's memory limit, when there is one, not the host's.
  const memory = Math.min(totalmem(), process.constrainedMemory() || Infinity);
  const gb = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GB`;
  // The whole arXiv snapshot (4.5 GB) would need some 120 GB: said before the build, not after it fails.
  if (!options.selected && beyondMachine(bytes, memory)) {
    log(`${(bytes / MB).toFixed(0)} MB of input may need about ${gb(bytes * PEAK_BYTES_PER_INPUT_BYTE)} of memory, more than the ${gb(memory)} here: --category, --since and --until build part of it`);
  }
  const megabytes = heapToAsk(bytes, cap, memory);
  if (megabytes === undefined) return undefined;
  log(`${(bytes / MB).toFixed(0)} MB of input may need more than Node's ${gb(cap)} heap: building with ${gb(megabytes * MB)}`);
  const child = spawn(process.execPath, argumentsWithHeap(process.execArgv, process.argv, megabytes), { stdio: "inherit", env: { ...process.env, [RESTARTED]: "1" } });
  // Ctrl+C reaches the child too: this process waits for it to finish and passes on how it ended.
  process.on("SIGINT", () => undefined);
  // A signal sent to this process alone is the child's to act on.
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
