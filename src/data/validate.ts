import type {
  CompactAtlas,
  CommunityLinks,
  EntityType,
  OverviewAtlas,
  PaperDetails,
  PathIndex,
  SchemaVersion,
  SearchIndex,
} from "../../graph/schema";
import { sourcesOf } from "./atlas";

/** The schema this explorer reads; a bump in graph/schema.ts fails typecheck here until the explorer follows. */
export const SUPPORTED_SCHEMA_VERSION: SchemaVersion = 2;
/** The compact format's tag, typed against the schema's constant (src imports the schema type-only). */
export const COMPACT_FORMAT: CompactAtlas["format"] = "paper-atlas/compact";

export const ENTITY_TYPES: readonly EntityType[] = ["model", "method", "technique", "hardware", "dataset", "metric", "task"];
const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);

/** The data file is structurally wrong: the message lists the first problems found, with their paths. */
export class InvalidAtlasError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join("; "));
    this.name = "InvalidAtlasError";
    this.problems = problems;
  }
}

/** The data file was written for another schema version than this explorer reads. */
export class SchemaVersionError extends Error {
  readonly found: unknown;
  constructor(found: unknown) {
    super(`built for schema version ${JSON.stringify(found)}, this explorer reads version ${SUPPORTED_SCHEMA_VERSION}`);
    this.name = "SchemaVersionError";
    this.found = found;
  }
}

const MAX_REPORTED = 5;

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === "object" && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

/** Collects the first few problems; `check` returns whether the condition held, so callers can stop early. */
class Problems {
  readonly list: string[] = [];
  add(problem: string): void {
    if (this.list.length < MAX_REPORTED) this.list.push(problem);
  }
  check(ok: boolean, problem: string): boolean {
    if (!ok) this.add(problem);
    return ok;
  }
  throwIfAny(): void {
    if (this.list.length > 0) this.stop();
  }
  /** Past a problem that makes the rest unreadable. */
  stop(): never {
    throw new InvalidAtlasError(this.list);
  }
}

/** Index of the first element failing `ok`, or -1: one scan, no allocation, for arrays of 100k entries. */
function firstBad<T>(list: readonly T[], ok: (item: T, i: number) => boolean): number {
  for (let i = 0; i < list.length; i++) if (!ok(list[i]!, i)) return i;
  return -1;
}

function arrayOf(problems: Problems, value: unknown, path: string, length: number | null, ok: (item: unknown, i: number) => boolean, expected: string): boolean {
  if (!problems.check(Array.isArray(value), `${path}: expected an array`)) return false;
  const list = value as unknown[];
  if (length !== null && !problems.check(list.length === length, `${path}: expected ${length} entries, found ${list.length}`)) return false;
  const bad = firstBad(list, ok);
  return problems.check(bad < 0, `${path}[${bad}]: expected ${expected}`);
}

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isIndexBelow = (n: number) => (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < n;

/**
 * The version is checked before anything else, so that a file of another
 * version gets a rebuild hint rather than a list of structural complaints.
 */
function checkHeader(json: unknown): Record_ {
  if (!isRecord(json)) throw new InvalidAtlasError(["the file is not a JSON object"]);
  if (json.schemaVersion !== SUPPORTED_SCHEMA_VERSION) throw new SchemaVersionError(json.schemaVersion);
  if (json.format !== COMPACT_FORMAT) throw new InvalidAtlasError([`format: expected "${COMPACT_FORMAT}", got ${JSON.stringify(json.format)}`]);
  return json;
}

function checkAttributes(problems: Problems, attributes: unknown): void {
  if (!problems.check(isRecord(attributes), "attributes: missing graph attributes")) return;
  const a = attributes as Record_;
  if (arrayOf(problems, a.communities, "attributes.communities", null, isRecord, "a community")) {
    (a.communities as Record_[]).forEach((community, i) => {
      problems.check(
        Number.isInteger(community.id) && typeof community.label === "string" && isFiniteNumber(community.size) && isStringArray(community.topEntities),
        `attributes.communities[${i}]: expected {id, label, size, papers, topEntities}`,
      );
    });
  }
  problems.check(isRecord(a.stats) && isRecord((a.stats as Record_).edgesByKind), "attributes.stats: expected graph statistics");
  problems.check(isRecord(a.input) && Array.isArray((a.input as Record_).files), "attributes.input: expected the input summary");
  const selection = isRecord(a.input) ? (a.input as Record_).selection : undefined;
  problems.check(
    selection === undefined ||
      (isRecord(selection) &&
        ((selection as Record_).categories === undefined || isStringArray((selection as Record_).categories)) &&
        ["since", "until"].every((bound) => (selection as Record_)[bound] === undefined || typeof (selection as Record_)[bound] === "string")),
    "attributes.input.selection: expected the categories and dates the build kept",
  );
}

/** Checks `json` is a full graph or one community of an overview as the builder writes atlas.json, and narrows its type. */
export function validateCompact(json: unknown): CompactAtlas {
  const data = checkHeader(json);
  if (data.view !== "full" && data.view !== "community") throw new InvalidAtlasError([`view: expected "full" or "community", got ${JSON.stringify(data.view)}`]);
  const problems = new Problems();
  checkAttributes(problems, data.attributes);
  problems.check(Number.isInteger(data.detailsChunk) && (data.detailsChunk as number) > 0, "detailsChunk: expected a positive integer");
  const typeNames = data.typeNames;
  const typesOk = arrayOf(problems, typeNames, "typeNames", null, (t) => typeof t === "string" && ENTITY_TYPE_SET.has(t), "an entity type");
  const nodes = data.nodes;
  if (!problems.check(isRecord(nodes), "nodes: expected indexed arrays") || !typesOk) return problems.stop();
  const n = nodes as Record_;
  if (!arrayOf(problems, n.key, "nodes.key", null, (k) => typeof k === "string", "a string")) return problems.stop();
  const count = (n.key as string[]).length;
  const papers = data.paperCount;
  if (!problems.check(Number.isInteger(papers) && (papers as number) >= 0 && (papers as number) <= count, `paperCount: expected an integer in [0, ${count}]`))
    return problems.stop();
  const paperCount = papers as number;
  const entities = count - paperCount;

  const seen = new Set<string>();
  const duplicate = firstBad(n.key as string[], (key) => !seen.has(key) && Boolean(seen.add(key)));
  problems.check(duplicate < 0, `nodes.key[${duplicate}]: duplicate key ${JSON.stringify((n.key as string[])[duplicate])}`);
  arrayOf(problems, n.label, "nodes.label", count, (l) => typeof l === "string", "a string");
  arrayOf(problems, n.x, "nodes.x", count, isFiniteNumber, "a finite number (was the layout run?)");
  arrayOf(problems, n.y, "nodes.y", count, isFiniteNumber, "a finite number (was the layout run?)");
  arrayOf(problems, n.community, "nodes.community", count, Number.isInteger, "an integer");
  arrayOf(problems, n.type, "nodes.type", entities, isIndexBelow((typeNames as string[]).length), "an index into typeNames");
  arrayOf(problems, n.aliases, "nodes.aliases", entities, isStringArray, "an array of strings");
  arrayOf(problems, n.date, "nodes.date", paperCount, (d) => typeof d === "string", "an ISO date or \"\"");
  arrayOf(problems, n.authorsCount, "nodes.authorsCount", paperCount, (a) => Number.isInteger(a) && (a as number) >= 0, "a count");
  if (data.view === "community") {
    problems.check(Number.isInteger(data.community), "community: expected the id of the community this file holds");
    arrayOf(problems, data.paperIndex, "paperIndex", paperCount, (i) => Number.isInteger(i) && (i as number) >= 0, "a paper index");
  }

  const isPaperIndex = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < paperCount;
  const isEntityIndex = (i: unknown) => Number.isInteger(i) && (i as number) >= paperCount && (i as number) < count;
  const edges = data.edges;
  if (problems.check(isRecord(edges), "edges: expected edges by kind")) {
    const e = edges as Record_;
    const kind = (name: string, source: (i: unknown) => boolean, target: (i: unknown) => boolean, what: string) => {
      const list = e[name];
      if (!problems.check(isRecord(list), `edges.${name}: expected parallel arrays`)) return null;
      const l = list as Record_;
      const deltas = l.sourceDelta;
      if (!arrayOf(problems, deltas, `edges.${name}.sourceDelta`, null, Number.isInteger, "an integer")) return null;
      if (!arrayOf(problems, sourcesOf({ sourceDelta: deltas as number[] }), `edges.${name}.sourceDelta`, null, source, `${what} once summed`)) return null;
      const length = (deltas as unknown[]).length;
      arrayOf(problems, l.target, `edges.${name}.target`, length, target, what);
      arrayOf(problems, l.weight, `edges.${name}.weight`, length, isFiniteNumber, "a number");
      return { list: l, length };
    };
    kind("mentions", isPaperIndex, isEntityIndex, "paper -> entity indices");
    kind("cooccurs", isEntityIndex, isEntityIndex, "entity indices");
    const related = kind("related", isPaperIndex, isPaperIndex, "paper indices");
    if (related) arrayOf(problems, related.list.shared, "edges.related.shared", related.length, (s) => Array.isArray(s) && s.every(isEntityIndex), "entity indices");
    const cites = kind("cites", isPaperIndex, isPaperIndex, "paper indices");
    if (cites) arrayOf(problems, cites.list.via, "edges.cites.via", cites.length, (s) => Array.isArray(s) && s.every(isEntityIndex), "entity indices");
  }
  problems.throwIfAny();
  return data as unknown as CompactAtlas;
}

/** Checks `json` is the overview of a graph too large to draw at once, and narrows its type. */
export function validateOverview(json: unknown): OverviewAtlas {
  const data = checkHeader(json);
  if (data.view !== "overview") throw new InvalidAtlasError([`view: expected "overview", got ${JSON.stringify(data.view)}`]);
  const problems = new Problems();
  checkAttributes(problems, data.attributes);
  problems.check(typeof data.search === "string", "search: expected the path of the search index");
  problems.check(typeof data.paths === "string", "paths: expected the path of the path index");
  problems.check(Number.isInteger(data.detailsChunk) && (data.detailsChunk as number) > 0, "detailsChunk: expected a positive integer");
  const count = isRecord(data.attributes) && Array.isArray(data.attributes.communities) ? data.attributes.communities.length : 0;
  if (problems.check(isRecord(data.communities), "communities: expected parallel arrays")) {
    const c = data.communities as Record_;
    for (const field of ["x", "y", "radius"]) arrayOf(problems, c[field], `communities.${field}`, count, isFiniteNumber, "a finite number");
    arrayOf(problems, c.file, "communities.file", count, (f) => typeof f === "string", "a relative path");
    arrayOf(problems, c.topLabels, "communities.topLabels", count, isStringArray, "an array of strings");
  }
  if (problems.check(isRecord(data.links), "links: expected parallel arrays")) {
    const l = data.links as CommunityLinks;
    if (arrayOf(problems, l.source, "links.source", null, isIndexBelow(count), "a community index")) {
      arrayOf(problems, l.target, "links.target", l.source.length, isIndexBelow(count), "a community index");
      arrayOf(problems, l.weight, "links.weight", l.source.length, isFiniteNumber, "a number");
    }
  }
  problems.throwIfAny();
  return data as unknown as OverviewAtlas;
}

/** The format and version are checked by the caller: they live in the file that names this one. */
export function validateSearchIndex(json: unknown): SearchIndex {
  const problems = new Problems();
  if (!isRecord(json) || !arrayOf(problems, json.key, "key", null, (k) => typeof k === "string", "a string")) {
    problems.add("expected a search index of parallel arrays");
    return problems.stop();
  }
  const count = (json.key as string[]).length;
  arrayOf(problems, json.label, "label", count, (l) => typeof l === "string", "a string");
  arrayOf(problems, json.community, "community", count, Number.isInteger, "an integer");
  arrayOf(problems, json.kind, "kind", count, (k) => k === "paper" || (typeof k === "string" && ENTITY_TYPE_SET.has(k)), "\"paper\" or an entity type");
  arrayOf(problems, json.aliases, "aliases", count, isStringArray, "an array of strings");
  problems.throwIfAny();
  return json as unknown as SearchIndex;
}

/** The links of an overview's `nodes` nodes, each pair once from its lower index to its higher, as the builder writes them. */
export function validatePathIndex(json: unknown, nodes: number): PathIndex {
  const problems = new Problems();
  if (!isRecord(json)) {
    problems.add("expected a path index of parallel arrays");
    return problems.stop();
  }
  const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
  problems.check(isCount(json.edges), "edges: expected a count");
  arrayOf(problems, json.degree, "degree", nodes, isCount, "a count");
  if (arrayOf(problems, json.sourceDelta, "sourceDelta", null, isCount, "a count")) {
    const deltas = json.sourceDelta as number[];
    const pairs = deltas.length;
    arrayOf(problems, json.links, "links", pairs, (bits) => Number.isInteger(bits) && (bits as number) > 0 && (bits as number) < 32, "a set of link bits");
    let source = 0;
    arrayOf(problems, json.target, "target", pairs, (target, i) => {
      source += deltas[i]!;
      return Number.isInteger(target) && (target as number) > source && (target as number) < nodes;
    }, "a node index above its source's and below the node count");
  }
  problems.throwIfAny();
  return json as unknown as PathIndex;
}

export function validateDetailsChunk(json: unknown): PaperDetails[] {
  const problems = new Problems();
  arrayOf(problems, json, "details", null, (d) => isRecord(d) && typeof d.abstract === "string" && isStringArray(d.entities), "{abstract, entities}");
  problems.throwIfAny();
  return json as PaperDetails[];
}
