import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { extendCommunities } from "../../graph/cluster/communities.ts";
import { extendLayout, nodeRadius } from "../../graph/layout/layout.ts";
import { BUNDLED_CORPUS } from "../../graph/paths.ts";
import { buildAtlas, type BuildResult } from "../../graph/pipeline.ts";
import type { AtlasGraph } from "../../graph/link/assemble.ts";
import type { SerializedAtlas } from "../../graph/schema.ts";
import { scratchDir } from "../support/scratch.ts";

const tmp = (name: string) => scratchDir(`atlas-update-${name}`);
const build = (inputs: string[], outDir: string, cacheDir: string | undefined, extra: Partial<Parameters<typeof buildAtlas>[0]> = {}) =>
  buildAtlas({ inputs, outDir, cacheDir, seed: "paper-atlas", relatedK: 5, layoutSeconds: 10, overviewAbove: 50_000, workers: 1, ...extra });
const read = (dir: string, file = "graph.json") => readFileSync(join(dir, file), "utf8");

// The bundled corpus without one of its pages: the page brings 20 papers the others lack.
const pages = readdirSync(BUNDLED_CORPUS).sort().map((name) => join(BUNDLED_CORPUS, name));
const withoutOne = pages.filter((_, i) => i !== 3);

describe("update: the bundled corpus grows by one page", () => {
  const cacheDir = tmp("cache");
  const outDir = tmp("out");
  const elsewhere = tmp("elsewhere");
  const clean = tmp("clean");
  let before: SerializedAtlas;
  let after: SerializedAtlas;
  let result: BuildResult;

  beforeAll(async () => {
    await build(withoutOne, outDir, cacheDir);
    before = JSON.parse(read(outDir)) as SerializedAtlas;
    result = await build(pages, outDir, cacheDir, { update: true });
    after = JSON.parse(read(outDir)) as SerializedAtlas;
  });

  const added = () => {
    const known = new Set(before.nodes.map((n) => n.key));
    return after.nodes.filter((n) => !known.has(n.key));
  };

  it("update: the summary accounts for every node, kept, added or gone", () => {
    expect(after.attributes.stats.papers - before.attributes.stats.papers, "update: the page's new papers").toBe(20);
    expect(result.update).toEqual({ kept: after.nodes.length - added().length, added: added().length, dropped: before.nodes.length - (after.nodes.length - added().length) });
    expect(added().length, "update: new papers and the entities only they mention").toBeGreaterThan(20);
  });

  it("update: every node of the previous map keeps its place and its community", () => {
    const now = new Map(after.nodes.map((n) => [n.key, n.attributes]));
    let kept = 0;
    for (const { key, attributes: was } of before.nodes) {
      const is = now.get(key);
      if (!is) continue;
      kept++;
      expect([is.x, is.y, is.community], `update: ${key}`).toEqual([was.x, was.y, was.community]);
    }
    expect(kept, "update: nearly all of the map is kept").toBeGreaterThan(before.nodes.length * 0.95);
  });

  it("update: a new node joins a community of its neighbours and overlaps no other node", () => {
    const degree = new Map<string, number>();
    const neighbours = new Map<string, string[]>();
    for (const e of after.edges) {
      for (const [end, other] of [[e.source, e.target], [e.target, e.source]] as const) {
        degree.set(end, (degree.get(end) ?? 0) + 1);
        neighbours.set(end, [...(neighbours.get(end) ?? []), other]);
      }
    }
    const at = new Map(after.nodes.map((n) => [n.key, n.attributes]));
    const overlapping: string[] = [];
    for (const node of added()) {
      const { x, y, community } = node.attributes;
      expect(Number.isFinite(x) && Number.isFinite(y), `layout: ${node.key} placed`).toBe(true);
      const around = (neighbours.get(node.key) ?? []).map((k) => at.get(k)!.community);
      if (around.length) expect(around, `cluster: ${node.key} joined a neighbour's community`).toContain(community);
      for (const other of after.nodes) {
        const gap = Math.hypot(x - other.attributes.x, y - other.attributes.y);
        // Positions are rounded to hundredths when written.
        const clear = nodeRadius(degree.get(node.key) ?? 0) + nodeRadius(degree.get(other.key) ?? 0) - 0.02;
        if (other.key !== node.key && gap < clear) overlapping.push(`${node.key} / ${other.key}`);
      }
    }
    expect(overlapping, "layout: new nodes that overlap another").toEqual([]);
  });

  it("update: new nodes sit inside their own cluster, not between clusters", () => {
    const kept = after.nodes.filter((n) => !added().includes(n));
    const inside = added().filter(({ attributes: a }) => {
      const nearest = kept
        .map((k) => ({ d: Math.hypot(k.attributes.x - a.x, k.attributes.y - a.y), community: k.attributes.community }))
        .sort((p, q) => p.d - q.d)
        .slice(0, 5);
      return nearest.filter((k) => k.community === a.community).length >= 3;
    });
    // Kept nodes: about 83%. Placed by all their neighbours instead of their cluster's, 26% of the new ones are.
    // At the mean of their cluster's neighbours, 47% to 86% were, swinging with small changes of the
    // extractor; at the paper nearest the others among their cluster's neighbours, 76% to 91%.
    expect(inside.length / added().length, "layout: share of new nodes with 3 of their 5 nearest kept nodes in their cluster").toBeGreaterThan(0.6);
  });

  it("update: a community's label and counts describe its members now", () => {
    const members = new Map<number, number>();
    for (const n of after.nodes) members.set(n.attributes.community, (members.get(n.attributes.community) ?? 0) + 1);
    for (const c of after.attributes.communities) expect(c.size, `cluster: community ${c.id}`).toBe(members.get(c.id));
  });

  it("update: nothing new is a byte-identical rebuild; another seed, output directory or map in it starts afresh", async () => {
    const first = read(outDir);
    const again = await build(pages, outDir, cacheDir, { update: true });
    expect(again.update).toEqual({ kept: after.nodes.length, added: 0, dropped: 0 });
    expect(read(outDir) === first, "determinism: graph.json identical").toBe(true);

    const fresh = await build(pages, elsewhere, cacheDir, { update: true });
    expect(fresh.update).toEqual({ fresh: "no previous build of this output directory in the cache" });
    await build(pages, clean, cacheDir);
    for (const file of ["graph.json", "atlas.json"]) expect(read(elsewhere, file) === read(clean, file), `update: afresh, ${file} is a clean build's`).toBe(true);

    const reseeded = await build(pages, outDir, cacheDir, { update: true, seed: "another" });
    expect(reseeded.update).toEqual({ fresh: "the previous build used another seed (paper-atlas)" });

    await build(withoutOne, clean, undefined);
    const replaced = await build(pages, clean, cacheDir, { update: true });
    expect(replaced.update).toEqual({ fresh: `${join(clean, "graph.json")} was written by a build without the cache since` });
  });
});

describe("update: communities of new nodes", () => {
  // Papers a, b in community 0 and c in 1; new: d (linked to a and c), e (only to d), f (to nothing).
  const graph = new Graph({ type: "mixed" }) as unknown as AtlasGraph;
  const paper = { kind: "paper", label: "", x: 0, y: 0, community: -1, abstract: "" } as const;
  for (const key of ["a", "b", "c", "d", "e", "f"]) graph.addNode(key, { ...paper, label: key });
  graph.addUndirectedEdge("a", "b", { kind: "related", weight: 1, shared: [] });
  graph.addUndirectedEdge("d", "a", { kind: "related", weight: 1, shared: [] });
  graph.addDirectedEdge("d", "c", { kind: "cites", weight: 1, via: [] });
  graph.addUndirectedEdge("e", "d", { kind: "related", weight: 1, shared: [] });
  const previous = { assignment: new Map([["a", 0], ["b", 0], ["c", 1]]) };

  it.each([
    ["d", 0, "the community its links weigh most towards (related 3, cites 2)"],
    ["e", 0, "through a new neighbour, in a later pass"],
    ["f", 2, "none to join: a new unclustered group"],
  ])("update: %s joins %i: %s", (node, community) => {
    const { assignment, unclustered } = extendCommunities(graph, previous);
    expect(assignment.get(node)).toBe(community);
    expect(unclustered).toBe(2);
  });
});

describe("update: places of new nodes", () => {
  // a and b are on the map; c is new and linked to a, d new and linked to c, e new and linked to
  // nothing, f new, linked to a and b and in b's community.
  const graph = new Graph({ type: "mixed" }) as unknown as AtlasGraph;
  const paper = { kind: "paper", label: "", x: 0, y: 0, community: 0, abstract: "" } as const;
  for (const key of ["a", "b", "c", "d", "e", "f"]) graph.addNode(key, { ...paper, label: key });
  graph.addUndirectedEdge("a", "b", { kind: "related", weight: 1, shared: [] });
  graph.addUndirectedEdge("c", "a", { kind: "related", weight: 1, shared: [] });
  graph.addUndirectedEdge("d", "c", { kind: "related", weight: 1, shared: [] });
  graph.addUndirectedEdge("f", "a", { kind: "related", weight: 1, shared: [] });
  graph.addUndirectedEdge("f", "b", { kind: "related", weight: 1, shared: [] });
  const communities = new Map([["a", 0], ["b", 1], ["c", 0], ["d", 0], ["e", 2], ["f", 1]]);
  const previous = new Map([["a", { x: 0, y: 0 }], ["b", { x: 100, y: 0 }]]);
  const positions = extendLayout(graph, communities, previous, () => 0.5);
  const distance = (p: string, q: string) => Math.hypot(positions.get(p)!.x - positions.get(q)!.x, positions.get(p)!.y - positions.get(q)!.y);
  const radius = (node: string) => nodeRadius(graph.degree(node));

  it("update: the nodes on the map stay, and a new one sits by its neighbour without overlapping it", () => {
    expect(positions.get("a")).toEqual({ x: 0, y: 0 });
    expect(positions.get("b")).toEqual({ x: 100, y: 0 });
    expect(distance("c", "a")).toBeGreaterThanOrEqual(radius("c") + radius("a"));
    expect(distance("c", "a"), "layout: c next to a, not by b").toBeLessThan(distance("c", "b"));
  });

  it("update: a chain of new nodes follows, and a node linked to nothing goes outside the map", () => {
    expect(distance("d", "c")).toBeGreaterThanOrEqual(radius("d") + radius("c"));
    expect(distance("d", "c")).toBeLessThan(distance("d", "b"));
    expect(Math.hypot(positions.get("e")!.x, positions.get("e")!.y)).toBeGreaterThan(100);
  });

  it("update: a new node linked into two clusters sits in its own, not between them", () => {
    expect(distance("f", "b")).toBeLessThan(3 * (radius("f") + radius("b")));
    expect(distance("f", "b")).toBeLessThan(distance("f", "a"));
  });
});
