import seedrandom from "seedrandom";
import { COMPACT_FORMAT, SCHEMA_VERSION, type CommunityInfo, type CompactAtlas, type EdgeKind, type EntityType } from "../schema.ts";

/** Shares of nodes and edges as in real builds of arXiv abstracts (3,709 papers: 18k nodes, 20% papers; mentions dominate). */
const PAPER_SHARE = 0.2;
const EDGE_SHARE: Record<EdgeKind, number> = { mentions: 0.64, related: 0.22, cooccurs: 0.12, cites: 0.02 };
/** Most links stay inside a community, as Louvain makes them. */
const LOCAL_SHARE = 0.9;
const TYPE_NAMES: EntityType[] = ["model", "method", "technique", "hardware", "dataset", "metric", "task"];
const TYPE_WEIGHTS = [0.16, 0.3, 0.25, 0.03, 0.04, 0.08, 0.14];

/**
 * A graph of exactly `nodes` nodes and `edgesPerNode * nodes` edges in the
 * explorer's compact format, for measuring the explorer at sizes the builder
 * does not reach on real abstracts (20k nodes with 100k edges). Communities are
 * Gaussian islands, entity popularity is skewed as in real corpora, labels are
 * taken from `titles` (real paper titles). Seeded: same inputs, same file.
 */
export function syntheticAtlas(nodes: number, edgesPerNode: number, titles: string[], seed: string): CompactAtlas {
  const rng = seedrandom(seed);
  const papers = Math.round(nodes * PAPER_SHARE);
  const entities = nodes - papers;
  const communityCount = Math.max(2, Math.round(Math.sqrt(nodes) / 3));
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  // Community sizes skewed too: a few large fields, many small ones.
  const weights = Array.from({ length: communityCount }, (_, i) => 1 / (i + 2));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickCommunity = () => {
    let u = rng() * total;
    for (let i = 0; i < communityCount; i++) if ((u -= weights[i]!) <= 0) return i;
    return communityCount - 1;
  };

  const words = [...new Set(titles.flatMap((t) => t.split(/[\s:,()]+/)).filter((w) => w.length >= 4))];
  const entityLabel = (i: number) => {
    const a = words[i % words.length] ?? "entity";
    const b = words[(i * 7919) % words.length] ?? String(i);
    return i < words.length ? a : `${a} ${b} ${Math.floor(i / words.length)}`;
  };

  const community: number[] = [];
  const members: number[][] = Array.from({ length: communityCount }, () => []);
  const paperMembers: number[][] = Array.from({ length: communityCount }, () => []);
  for (let i = 0; i < nodes; i++) {
    const c = pickCommunity();
    community.push(c);
    members[c]!.push(i);
    if (i < papers) paperMembers[c]!.push(i);
  }
  // Islands on a golden-angle spiral, each spread by its size, like the builder's seeded start.
  const centres = Array.from({ length: communityCount }, (_, c) => {
    const r = 400 * Math.sqrt(c + 0.5);
    const angle = c * 2.39996;
    return { x: r * Math.cos(angle), y: r * Math.sin(angle), spread: 30 * Math.sqrt(members[c]!.length) };
  });

  const atlas: CompactAtlas = {
    format: COMPACT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    view: "full",
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      generator: `paper-atlas bench (synthetic, seed ${seed})`,
      communities: [],
      input: { files: [], read: papers, kept: papers, duplicates: 0, rejected: 0, rejections: [] },
      stats: { papers, entities, entitiesByType: Object.fromEntries(TYPE_NAMES.map((t) => [t, 0])) as Record<EntityType, number>, edgesByKind: { mentions: 0, cooccurs: 0, related: 0, cites: 0 }, communities: communityCount },
    },
    paperCount: papers,
    typeNames: TYPE_NAMES,
    nodes: { key: [], label: [], x: [], y: [], community, type: [], aliases: [], date: [], authorsCount: [] },
    edges: {
      mentions: { sourceDelta: [], target: [], weight: [] },
      cooccurs: { sourceDelta: [], target: [], weight: [] },
      related: { sourceDelta: [], target: [], weight: [], shared: [] },
      cites: { sourceDelta: [], target: [], weight: [], via: [] },
    },
    detailsChunk: 256,
  };
  const { nodes: n, edges } = atlas;
  for (let i = 0; i < nodes; i++) {
    const centre = centres[community[i]!]!;
    n.key.push(i < papers ? `p:${i.toString(16).padStart(8, "0")}` : `e:synthetic-${i}`);
    n.label.push(i < papers ? titles[i % Math.max(1, titles.length)] ?? `Paper ${i}` : entityLabel(i - papers));
    n.x.push(Math.round((centre.x + gauss() * centre.spread) * 10) / 10);
    n.y.push(Math.round((centre.y + gauss() * centre.spread) * 10) / 10);
    if (i < papers) {
      n.date.push(`${2021 + Math.floor(rng() * 5)}-${String(1 + Math.floor(rng() * 12)).padStart(2, "0")}`);
      n.authorsCount.push(1 + Math.floor(rng() * 8));
    } else {
      let u = rng();
      let type = 0;
      while (type < TYPE_WEIGHTS.length - 1 && (u -= TYPE_WEIGHTS[type]!) > 0) type++;
      n.type.push(type);
      atlas.attributes.stats.entitiesByType[TYPE_NAMES[type]!]++;
      n.aliases.push(rng() < 0.2 ? [`${n.label[i]!}s`] : []);
    }
  }

  // Popular entities are popular everywhere: a power law over each community's entities.
  const entityMembers = members.map((list) => list.filter((i) => i >= papers));
  const entityOf = (c: number) => {
    const local = entityMembers[c]!;
    if (rng() < LOCAL_SHARE && local.length > 0) return local[Math.floor(local.length * rng() ** 2.5)]!;
    return papers + Math.floor(entities * rng() ** 2.5);
  };
  const paperOf = (c: number) => {
    const local = paperMembers[c]!;
    return rng() < LOCAL_SHARE && local.length > 0 ? local[Math.floor(local.length * rng())]! : Math.floor(papers * rng());
  };
  const seen = new Set<string>();
  const made: Record<EdgeKind, { source: number; target: number; weight: number; explanation?: number[] }[]> = { mentions: [], cooccurs: [], related: [], cites: [] };
  const add = (kind: EdgeKind, source: number, target: number) => {
    if (source === target) return false;
    const undirected = kind === "related" || kind === "cooccurs";
    const pair = undirected ? `${kind}:${Math.min(source, target)}:${Math.max(source, target)}` : `${kind}:${source}:${target}`;
    if (seen.has(pair)) return false;
    seen.add(pair);
    const weight = kind === "mentions" ? mentionWeight() : Math.round((0.2 + rng()) * 100) / 100;
    const explanation = kind === "related" ? [entityOf(community[source]!)] : kind === "cites" ? [entityOf(community[target]!)] : undefined;
    made[kind].push({ source, target, weight, explanation });
    return true;
  };
  // Real mention weights are salience: the count of mentions, plus a bonus in the title.
  const mentionWeight = () => {
    const u = rng();
    const count = u < 0.65 ? 1 : u < 0.9 ? 2 : u < 0.97 ? 3 : 4;
    return rng() < 0.06 ? count + 1.59 : count;
  };
  const budget = edgesPerNode * nodes;
  for (const kind of ["mentions", "related", "cooccurs", "cites"] as EdgeKind[]) {
    const wanted = Math.round(budget * EDGE_SHARE[kind]);
    // Skewed choices collide; give up on a kind rather than loop forever on a tiny graph.
    for (let count = 0, tries = 0; count < wanted && tries < wanted * 20; tries++) {
      const paper = Math.floor(papers * rng());
      const c = community[paper]!;
      const ok =
        kind === "mentions" ? add(kind, paper, entityOf(c))
        : kind === "cooccurs" ? add(kind, entityOf(c), entityOf(c))
        : add(kind, paper, paperOf(c));
      if (ok) count++;
    }
    // Grouped by source, as the builder writes them.
    const list = edges[kind];
    let previous = 0;
    for (const edge of made[kind].sort((a, b) => a.source - b.source)) {
      list.sourceDelta.push(edge.source - previous);
      previous = edge.source;
      list.target.push(edge.target);
      list.weight.push(edge.weight);
      if (kind === "related") edges.related.shared.push(edge.explanation!);
      if (kind === "cites") edges.cites.via.push(edge.explanation!);
    }
    atlas.attributes.stats.edgesByKind[kind] = list.target.length;
  }

  atlas.attributes.communities = members.map((list, id): CommunityInfo => {
    const top = entityMembers[id]!.slice(0, 3);
    return { id, label: top.map((i) => n.label[i]!).join(" · ") || `Community ${id}`, size: list.length, papers: paperMembers[id]!.length, topEntities: top.map((i) => n.key[i]!) };
  });
  return atlas;
}
