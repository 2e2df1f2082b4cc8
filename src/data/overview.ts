import type { CommunityInfo, GraphStats, InputSummary, OverviewAtlas, PathIndex, SearchIndex as SearchData } from "../../graph/schema";
import type { Atlas } from "./atlas";

/** One community of an overview: what the builder says of it and where its island lies on the full map. */
export interface OverviewCommunity {
  info: CommunityInfo;
  x: number;
  y: number;
  radius: number;
  /** Labels of the entities that define it, most distinctive first. */
  topLabels: string[];
}

export interface OverviewLink {
  /** Community ids. */
  source: number;
  target: number;
  weight: number;
}

/**
 * A graph too large to draw at once, as the builder aggregates it: one node
 * per community, each opening into that community's own graph, and a search
 * index over every node so that any paper can be found from the top.
 */
export interface Overview {
  communities: OverviewCommunity[];
  links: OverviewLink[];
  corpus: GraphStats;
  input: InputSummary;
  community(id: number): OverviewCommunity | undefined;
  /** The community's own graph, fetched once. */
  open(id: number): Promise<Atlas>;
  /** Every node of the whole graph, fetched on first use. */
  searchData(): Promise<SearchData>;
  /** Every link of the whole graph by search index entry, fetched on first use: for paths across communities. */
  pathData(): Promise<PathIndex>;
}

export interface OverviewSources {
  open(file: string): Promise<Atlas>;
  search(file: string): Promise<SearchData>;
  /** Checked against the search index's node count, which may still be on its way. */
  paths(file: string, nodes: Promise<number>): Promise<PathIndex>;
}

export function createOverview(data: OverviewAtlas, sources: OverviewSources): Overview {
  const { communities: geometry } = data;
  const communities = data.attributes.communities.map(
    (info, i): OverviewCommunity => ({ info, x: geometry.x[i]!, y: geometry.y[i]!, radius: geometry.radius[i]!, topLabels: geometry.topLabels[i]! }),
  );
  const index = new Map(communities.map((community, i) => [community.info.id, i]));
  const links = data.links.source.map((source, i) => ({
    source: communities[source]!.info.id,
    target: communities[data.links.target[i]!]!.info.id,
    weight: data.links.weight[i]!,
  }));
  const opened = new Map<number, Promise<Atlas>>();
  let search: Promise<SearchData> | null = null;
  const searchData = () => {
    if (!search) {
      search = sources.search(data.search);
      search.catch(() => (search = null));
    }
    return search;
  };
  let paths: Promise<PathIndex> | null = null;
  return {
    communities,
    links,
    corpus: data.attributes.stats,
    input: data.attributes.input,
    community: (id) => communities[index.get(id) ?? -1],
    open(id) {
      const i = index.get(id);
      if (i === undefined) return Promise.reject(new Error(`no community ${id} in this overview`));
      let atlas = opened.get(id);
      if (!atlas) {
        atlas = sources.open(geometry.file[i]!);
        // A failed fetch may succeed later (a flaky connection): do not remember it.
        atlas.catch(() => opened.delete(id));
        opened.set(id, atlas);
      }
      return atlas;
    },
    searchData,
    pathData() {
      if (!paths) {
        paths = sources.paths(data.paths, searchData().then((index) => index.key.length));
        paths.catch(() => (paths = null));
      }
      return paths;
    },
  };
}
