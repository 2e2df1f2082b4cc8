import Heap from "mnemonist/heap";
import type { PathIndex, PathLinkBits, SearchIndex } from "../../graph/schema";
import { hopCostOf, hubness, type Hop, type HopReason } from "./path";

const PATH_LINK: PathLinkBits = { mentions: 1, cooccurs: 2, related: 4, citesHigher: 8, citesLower: 16 };

/** Shared entities listed for a related hop; the rest are counted. */
const SHARED_SHOWN = 6;

/**
 * The links of a whole overview corpus, both ways, in typed arrays: at 100k papers that is 130k
 * nodes and 1.7M linked pairs, which a graphology graph would take seconds and a gigabyte to
 * hold. Node i is entry i of the search index.
 */
export interface CorpusLinks {
  search: SearchIndex;
  indexOf: Map<string, number>;
  /** Node i's neighbours are neighbours[start[i] .. start[i + 1]), in ascending order. */
  start: Uint32Array;
  neighbours: Uint32Array;
  /** PathLinkBits of each neighbour entry, as seen from the lower index of the pair. */
  links: Uint8Array;
  cost: Float64Array;
}

export function corpusLinks(search: SearchIndex, paths: PathIndex): CorpusLinks {
  const nodes = search.key.length;
  const pairs = paths.target.length;
  const sources = new Uint32Array(pairs);
  const count = new Uint32Array(nodes);
  let source = 0;
  for (let i = 0; i < pairs; i++) {
    sources[i] = source += paths.sourceDelta[i]!;
    count[source]!++;
    count[paths.target[i]!]!++;
  }
  const start = new Uint32Array(nodes + 1);
  for (let i = 0; i < nodes; i++) start[i + 1] = start[i]! + count[i]!;
  const fill = start.slice(0, nodes);
  const neighbours = new Uint32Array(2 * pairs);
  const links = new Uint8Array(2 * pairs);
  const cost = new Float64Array(2 * pairs);
  const hub = Float64Array.from(paths.degree, (degree) => hubness(degree, paths.edges));
  const place = (from: number, to: number, pair: number) => {
    const at = fill[from]!++;
    neighbours[at] = to;
    links[at] = paths.links[pair]!;
    cost[at] = hopCostOf(hub[from]!, hub[to]!);
  };
  // Pairs come sorted by lower end, then higher. So placing every lower end first, then every
  // higher end, leaves each list ascending, which the intersections below rely on.
  for (let i = 0; i < pairs; i++) place(paths.target[i]!, sources[i]!, i);
  for (let i = 0; i < pairs; i++) place(sources[i]!, paths.target[i]!, i);
  return { search, indexOf: positionsOf(search), start, neighbours, links, cost };
}

const positions = new WeakMap<SearchIndex, Map<string, number>>();

/** Each key's entry in the search index, worked out once per index. */
export function positionsOf(search: SearchIndex): Map<string, number> {
  let indexOf = positions.get(search);
  if (!indexOf) {
    indexOf = new Map();
    for (let i = 0; i < search.key.length; i++) indexOf.set(search.key[i]!, i);
    positions.set(search, indexOf);
  }
  return indexOf;
}

type Queue = Heap<[cost: number, node: number]>;

/** One side of a bidirectional search: from the source, or back from the target. */
interface Side {
  distance: Float64Array;
  previous: Int32Array;
  settled: Uint8Array;
  queue: Queue;
}

function side(nodes: number, start: number): Side {
  // Ties broken by node index, so the same corpus always gives the same path.
  const queue: Queue = new Heap((a, b) => a[0] - b[0] || a[1] - b[1]);
  const distance = new Float64Array(nodes).fill(Infinity);
  distance[start] = 0;
  queue.push([0, start]);
  return { distance, previous: new Int32Array(nodes).fill(-1), settled: new Uint8Array(nodes), queue };
}

/** The cost of the side's nearest unsettled node, stale queue entries dropped. */
function frontier(s: Side): number {
  while (s.queue.size > 0 && s.settled[s.queue.peek()![1]]) s.queue.pop();
  return s.queue.size > 0 ? s.queue.peek()![0] : Infinity;
}

/**
 * The cheapest path between two nodes, costed as the full explorer costs it (hopCost), as node
 * indices; null when they are not connected. Searched from both ends at once: hubs put most of
 * a 130k-node corpus within two hops of anything, so a search from one end alone settles most
 * of it before reaching the other.
 */
export function corpusPath(links: CorpusLinks, from: number, to: number): number[] | null {
  if (from === to) return [from];
  const nodes = links.start.length - 1;
  const forward = side(nodes, from);
  const backward = side(nodes, to);
  let best = Infinity;
  // The best path found: from `from` to `last` along the forward tree, then a link to `first`, then back along the other tree to `to`.
  let last = -1;
  let first = -1;
  for (;;) {
    const ahead = frontier(forward);
    const behind = frontier(backward);
    // No path through an unsettled node can beat the best meeting found.
    if (ahead + behind >= best || ahead === Infinity || behind === Infinity) break;
    const [near, far] = ahead <= behind ? [forward, backward] : [backward, forward];
    const [reached, node] = near.queue.pop()!;
    near.settled[node] = 1;
    for (let at = links.start[node]!; at < links.start[node + 1]!; at++) {
      const next = links.neighbours[at]!;
      const through = reached + links.cost[at]!;
      if (through < near.distance[next]!) {
        near.distance[next] = through;
        near.previous[next] = node;
        near.queue.push([through, next]);
      }
      const joined = through + far.distance[next]!;
      if (joined < best) {
        best = joined;
        [last, first] = near === forward ? [node, next] : [next, node];
      }
    }
  }
  if (last < 0) return null;
  const path: number[] = [];
  for (let node = last; node >= 0; node = forward.previous[node]!) path.push(node);
  path.reverse();
  for (let node = first; node >= 0; node = backward.previous[node]!) path.push(node);
  return path;
}

/** A path across the whole corpus of an overview, its nodes named by the search index. */
export interface CorpusTrace {
  nodes: string[];
  hops: Hop[];
  cost: number;
}

/** The path between two keys of the corpus with the reasons for each hop; null when they are not connected. */
export function traceCorpus(links: CorpusLinks, from: string, to: string): CorpusTrace | null {
  const a = links.indexOf.get(from);
  const b = links.indexOf.get(to);
  if (a === undefined || b === undefined) return null;
  const path = corpusPath(links, a, b);
  if (!path) return null;
  const key = (i: number) => links.search.key[i]!;
  const hops: Hop[] = [];
  let cost = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    const at = entryOf(links, path[i]!, path[i + 1]!);
    cost += links.cost[at]!;
    hops.push({ from: key(path[i]!), to: key(path[i + 1]!), reasons: reasonsOf(links, path[i]!, path[i + 1]!, links.links[at]!) });
  }
  return { nodes: path.map(key), hops, cost };
}

/** Where `to` sits in `from`'s ascending neighbour list. */
function entryOf(links: CorpusLinks, from: number, to: number): number {
  let low = links.start[from]!;
  let high = links.start[from + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const neighbour = links.neighbours[middle]!;
    if (neighbour === to) return middle;
    if (neighbour < to) low = middle + 1;
    else high = middle - 1;
  }
  throw new Error(`no link between nodes ${from} and ${to}`);
}

function reasonsOf(links: CorpusLinks, a: number, b: number, bits: number): HopReason[] {
  const { key, kind } = links.search;
  const [low, high] = a < b ? [a, b] : [b, a];
  const reasons: HopReason[] = [];
  if (bits & PATH_LINK.mentions) {
    const [paper, entity] = kind[a] === "paper" ? [a, b] : [b, a];
    // The index keeps no title flag; the trace panel says "mentions" either way.
    reasons.push({ kind: "mentions", paper: key[paper]!, entity: key[entity]!, inTitle: false });
  }
  if (bits & PATH_LINK.related) {
    const shared = mentionedByBoth(links, a, b).sort((x, y) => links.start[x + 1]! - links.start[x]! - (links.start[y + 1]! - links.start[y]!) || x - y);
    reasons.push({ kind: "related", shared: shared.slice(0, SHARED_SHOWN).map((i) => key[i]!) });
  }
  if (bits & PATH_LINK.citesHigher) reasons.push({ kind: "cites", citing: key[low]!, cited: key[high]!, via: [] });
  if (bits & PATH_LINK.citesLower) reasons.push({ kind: "cites", citing: key[high]!, cited: key[low]!, via: [] });
  if (bits & PATH_LINK.cooccurs) reasons.push({ kind: "cooccurs", count: mentionedByBoth(links, a, b).length });
  return reasons;
}

/** Nodes linked to both by a mention: the entities two papers share, or the papers that name two entities. */
function mentionedByBoth(links: CorpusLinks, a: number, b: number): number[] {
  const both: number[] = [];
  let i = links.start[a]!;
  let j = links.start[b]!;
  const endA = links.start[a + 1]!;
  const endB = links.start[b + 1]!;
  while (i < endA && j < endB) {
    const x = links.neighbours[i]!;
    const y = links.neighbours[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      if (links.links[i]! & links.links[j]! & PATH_LINK.mentions) both.push(x);
      i++;
      j++;
    }
  }
  return both;
}
