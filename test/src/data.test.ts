import { describe, expect, it } from "vitest";
import { AtlasLoadError, BUILD_COMMAND, loadAtlas, parseAtlas } from "../../src/data/load";
import { fixtureData } from "./support/fixture";
import { realAtlas } from "./support/atlas-data";

const respond = (body: string, status = 200) => () => Promise.resolve(new Response(body, { status }));

async function loadError(body: string, status = 200): Promise<AtlasLoadError> {
  const error = await loadAtlas("./data/graph.json", respond(body, status)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AtlasLoadError);
  return error as AtlasLoadError;
}

describe("data: loading the real graph of the bundled corpus", async () => {
  const atlas = await realAtlas();

  it("builds a graphology graph with every node and edge the stats announce", () => {
    const { stats, graph } = atlas;
    expect(graph.order).toBe(stats.papers + stats.entities);
    expect(graph.size).toBe(Object.values(stats.edgesByKind).reduce((a, b) => a + b, 0));
    expect(atlas.communities.length).toBe(stats.communities);
  });

  it("keeps abstracts out of the graph and serves them through abstractOf", async () => {
    const paper = atlas.graph.findNode((_key, attributes) => attributes.kind === "paper")!;
    expect(atlas.graph.getNodeAttributes(paper)).not.toHaveProperty("abstract");
    expect((await atlas.abstractOf(paper)).length).toBeGreaterThan(50);
  });
});

describe("data: what is refused, and how it is explained", () => {
  const withChange = (change: (data: ReturnType<typeof fixtureData>) => void) => {
    const data = fixtureData();
    change(data);
    return JSON.stringify(data);
  };

  it.each([
    ["a 404", "", 404, "missing", /HTTP 404/],
    ["the dev server's index.html instead of data", "<!doctype html><html></html>", 200, "missing", /HTML page/],
    ["truncated JSON", '{"attributes": {', 200, "invalid", /not valid JSON/],
    ["another schema version", withChange((d) => ((d.attributes as { schemaVersion: number }).schemaVersion = 2)), 200, "version", /schema version 2.*reads version 1/],
    ["no schema version", withChange((d) => delete (d.attributes as Partial<typeof d.attributes>).schemaVersion), 200, "version", /schema version undefined/],
    ["a node without coordinates", withChange((d) => delete (d.nodes[0]!.attributes as { x?: number }).x), 200, "invalid", /nodes\[0\]\.attributes\.x\/y/],
    ["an unknown entity type", withChange((d) => ((d.nodes[4]!.attributes as { type: string }).type = "gadget")), 200, "invalid", /nodes\[4\].*"gadget"/],
    ["an edge to a missing node", withChange((d) => (d.edges[0]!.target = "e:nowhere")), 200, "invalid", /edges\[0\]\.target: unknown node "e:nowhere"/],
    ["a duplicate node key", withChange((d) => (d.nodes[1]!.key = d.nodes[0]!.key)), 200, "invalid", /duplicate key "p:1"/],
    ["a related edge without its explanation", withChange((d) => delete (d.edges[7]!.attributes as { shared?: string[] }).shared), 200, "invalid", /edges\[7\]\.attributes\.shared/],
    ["a non-object", "[1, 2]", 200, "invalid", /not a JSON object/],
  ])("%s", async (_name, body, status, problem, message) => {
    const error = await loadError(body, status);
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
    expect(error.hint).toContain(BUILD_COMMAND);
  });

  it("reports a failed fetch as missing data", async () => {
    const error = await loadAtlas("./data/graph.json", () => Promise.reject(new TypeError("Failed to fetch"))).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "missing", message: expect.stringMatching(/Failed to fetch/) });
  });

  it("accepts the fixture as the builder would write it", () => {
    const atlas = parseAtlas(JSON.stringify(fixtureData()));
    expect(atlas.graph.order).toBe(9);
    expect(atlas.graph.isDirected(atlas.graph.edge("p:3", "p:1")!)).toBe(true);
    expect(atlas.graph.isUndirected(atlas.graph.edge("p:1", "p:2")!)).toBe(true);
  });
});
