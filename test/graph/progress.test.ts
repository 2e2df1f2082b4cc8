import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { terminalProgress } from "../../graph/progress.ts";

/** A terminal that records what is written to it; each escape code (a cursor move, a line cleared) starts a new line. */
function terminal(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk.toString()), done()) }), { isTTY, columns: 100 });
  // eslint-disable-next-line no-control-regex
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join("").replace(/\u001b(\[[0-9;?]*[A-Za-z]|[78])/g, "\n") };
}

describe("progress on a terminal", () => {
  it("progress: each stage leaves a line with its time once it ends, counted stages with their count", () => {
    const { stream, text } = terminal(true);
    const progress = terminalProgress(stream);
    progress.start("ingest", 524, "KB");
    progress.tick(524);
    progress.end();
    progress.start("extract", 360, "papers");
    progress.tick(360);
    // The next stage ends the last one too.
    progress.start("link", 0);
    progress.start("write", 0);
    progress.end();
    const lines = text().split(/[\r\n]/).filter((line) => /^\S+\s+\d+\.\d s/.test(line));
    expect(lines.map((line) => line.replace(/\d+\.\d s/, "T"))).toEqual(["ingest   T (524 KB)", "extract  T (360 papers)", "link     T", "write    T"]);
  });

  it("progress: off a terminal it writes nothing, so logs hold only the summary line", () => {
    const { stream, text } = terminal(false);
    const progress = terminalProgress(stream);
    progress.start("extract", 10);
    progress.tick(10);
    progress.end();
    expect(text()).toBe("");
  });
});
