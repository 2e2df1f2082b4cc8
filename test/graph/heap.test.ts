import { describe, expect, it } from "vitest";
import { argumentsWithHeap, beyondMachine, heapToAsk } from "../../graph/heap.ts";

const MB = 1024 * 1024;
const GB = 1024 * MB;
/** Node's heap cap on this project's machine (24 GB of memory). */
const CAP = 4144 * MB;

describe("heap: a build too large for Node's default heap runs again with one sized to the machine", () => {
  it.each([
    ["the bundled corpus", 1.2 * MB, CAP, 24 * GB, undefined],
    ["100k papers, 3.4 GB at peak", 122 * MB, CAP, 24 * GB, undefined],
    ["150k papers, 3.9 GB at peak", 183 * MB, CAP, 24 * GB, 18432],
    ["150k papers on a machine with no more to give", 183 * MB, CAP, 4 * GB, undefined],
    ["150k papers under a heap cap raised already", 183 * MB, 16 * GB, 20 * GB, undefined],
  ])("heap: %s", (_, inputBytes, cap, memory, expected) => {
    expect(heapToAsk(inputBytes, cap, memory)).toBe(expected);
  });

  it.each([
    ["150k papers on this machine", 183 * MB, 24 * GB, false],
    ["the whole arXiv snapshot", 4.5 * GB, 24 * GB, true],
    ["a million papers on a laptop", 1.3 * GB, 16 * GB, true],
  ])("heap: is %s beyond the machine?", (_, inputBytes, memory, beyond) => {
    expect(beyondMachine(inputBytes, memory)).toBe(beyond);
  });

  it("heap: the command runs again as it was given, Node's own flags kept", () => {
    expect(argumentsWithHeap(["--cpu-prof"], ["/usr/bin/node", "/atlas/bin/atlas.mjs", "build", "arxiv.jsonl", "-o", "out"], 18432)).toEqual([
      "--max-old-space-size=18432",
      "--cpu-prof",
      "/atlas/bin/atlas.mjs",
      "build",
      "arxiv.jsonl",
      "-o",
      "out",
    ]);
  });
});
