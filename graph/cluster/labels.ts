import type { AtlasGraph } from "../link/assemble.ts";
import type { CommunityInfo } from "../schema.ts";

export interface LabelOptions {
  /** Entities named in a label. */
  terms: number;
  /** Entities kept as the community's definition. */
  topEntities: number;
}

export const DEFAULT_LABELS: LabelOptions = { terms: 3, topEntities: 8 };

function contains(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/**
 * Names each community after its most distinctive entities: frequent among the
 * community's papers and rare elsewhere (TF-IDF with the community as the
 * document), e.g. "KV cache · LLM serving · H100". Near-repeats ("KV cache",
 * "KV cache compression") are named once.
 */
export function labelCommunities(graph: AtlasGraph, communities: Map<string, number>, unclustered?: number, options: LabelOptions = DEFAULT_LABELS): CommunityInfo[] {
  const papersTotal = graph.filterNodes((_, a) => a.kind === "paper").length;
  const infos = new Map<number, { size: number; papers: number; tf: Map<string, number> }>();
  for (const [node, community] of communities) {
    const info = infos.get(community) ?? { size: 0, papers: 0, tf: new Map<string, number>() };
    infos.set(community, info);
    info.size++;
    if (graph.getNodeAttribute(node, "kind") !== "paper") continue;
    info.papers++;
    graph.forEachOutEdge(node, (_, attributes, __, target) => {
      if (attributes.kind === "mentions") info.tf.set(target, (info.tf.get(target) ?? 0) + 1);
    });
  }

  return [...infos.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, info]) => {
      if (info.tf.size === 0) {
        // A community of entities alone: its own members define it.
        for (const [node, c] of communities) if (c === id) info.tf.set(node, 1);
      }
      const scored = [...info.tf.entries()]
        .flatMap(([key, tf]) => {
          const attributes = graph.getNodeAttributes(key);
          return attributes.kind === "entity" ? [{ key, tf, df: attributes.paperCount }] : [];
        })
        .map(({ key, tf, df }) => {
          // Entities of a single paper are that paper's, not the community's.
          const support = info.papers > 1 && tf < 2 ? 0.25 : 1;
          return { key, score: support * tf * Math.log((papersTotal + 1) / df) };
        })
        .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
      const names: string[] = [];
      for (const { key } of scored) {
        const label = graph.getNodeAttribute(key, "label");
        if (names.some((n) => contains(n, label))) continue;
        names.push(label);
        if (names.length === options.terms) break;
      }
      const community: CommunityInfo = {
        id,
        label: id === unclustered ? "Unclustered" : names.join(" · ") || `Community ${id + 1}`,
        size: info.size,
        papers: info.papers,
        topEntities: scored.slice(0, options.topEntities).map((s) => s.key),
      };
      if (id === unclustered) community.unclustered = true;
      return community;
    });
}
