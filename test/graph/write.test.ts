import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import type { AtlasGraph } from "../../graph/link/assemble.ts";
import { writeGraphFiles } from "../../graph/write/graphFiles.ts";
import { scratchDir } from "../support/scratch.ts";

/** Two papers and an entity, with text that GEXF must escape and JSON must keep. */
function smallGraph(withEdges: boolean): AtlasGraph {
  const graph = new Graph({ type: "mixed", multi: false, allowSelfLoops: false }) as unknown as AtlasGraph;
  graph.mergeAttributes({ schemaVersion: 0 } as never);
  graph.addNode("p:a", { kind: "paper", label: 'Fast <"Q&A"> über alles', x: 1.5, y: -2, community: 0, abstract: "line\nbreak\ttab" });
  graph.addNode("p:b", { kind: "paper", label: "B", x: 0, y: 0, community: 0, abstract: "" });
  graph.addNode("e:h100", { kind: "entity", label: "H100", x: 3, y: 4, community: 1, type: "hardware", aliases: ["H100 GPU", "NVIDIA H100"], paperCount: 2 });
  if (withEdges) {
    graph.addDirectedEdgeWithKey("0", "p:a", "e:h100", { kind: "mentions", weight: 1, count: 1, inTitle: false });
    graph.addUndirectedEdgeWithKey("1", "p:a", "p:b", { kind: "related", weight: 0.25, shared: ["e:h100"] });
  }
  return graph;
}

describe("write: graph.json and GEXF from a thread of their own", () => {
  const dir = scratchDir("atlas-write");

  it.each([
    ["with edges", true],
    ["without edges", false],
  ])("write: a graph %s: graph.json is its serialisation and GEXF reads back the same", async (name, withEdges) => {
    const graph = smallGraph(withEdges);
    const json = join(dir, `${name}.json`);
    const gexf = join(dir, `${name}.gexf`);
    const bytes = await writeGraphFiles(graph, json, gexf);
    expect(readFileSync(json, "utf8"), "write: graph.json").toBe(JSON.stringify(graph.export()));
    expect(bytes, "write: bytes as written").toEqual({ json: readFileSync(json).length, gexf: readFileSync(gexf).length });
    const back = parseGexf(Graph, readFileSync(gexf, "utf8"));
    expect(back.nodes(), "write: GEXF nodes").toEqual(graph.nodes());
    expect(back.size, "write: GEXF edges").toBe(graph.size);
    expect(back.getNodeAttribute("p:a", "label"), "write: GEXF escapes").toBe('Fast <"Q&A"> über alles');
  });

  it("write: a file that cannot be written fails with both paths named, and leaves no temporary file", async () => {
    const blocker = join(dir, "not-a-directory");
    writeFileSync(blocker, "");
    const json = join(dir, "fine.json");
    const gexf = join(blocker, "graph.gexf");
    await expect(writeGraphFiles(smallGraph(true), json, gexf)).rejects.toThrow(`could not write ${json} and ${gexf}: EEXIST`);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp")), "write: no temporary file").toEqual([]);
  });
});
