import type {
  EntityType,
  SchemaVersion,
  SerializedAtlas,
} from "../../graph/schema";

/** The schema this explorer reads; a bump in graph/schema.ts fails typecheck here until the explorer follows. */
export const SUPPORTED_SCHEMA_VERSION: SchemaVersion = 1;

export const ENTITY_TYPES: readonly EntityType[] = ["model", "method", "technique", "hardware", "dataset", "metric", "task"];
const EDGE_KINDS = new Set(["mentions", "cooccurs", "related", "cites"]);
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
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * Checks that `json` is a graph.json this explorer can render, and narrows its
 * type. The version is checked first so that a file of another version gets a
 * rebuild hint rather than a list of structural complaints.
 */
export function validateAtlas(json: unknown): SerializedAtlas {
  if (!isRecord(json)) throw new InvalidAtlasError(["the file is not a JSON object"]);
  const attributes = json.attributes;
  if (!isRecord(attributes)) throw new InvalidAtlasError(["attributes: missing graph attributes"]);
  if (attributes.schemaVersion !== SUPPORTED_SCHEMA_VERSION) throw new SchemaVersionError(attributes.schemaVersion);

  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_REPORTED) problems.push(problem);
  };

  if (!Array.isArray(attributes.communities)) report("attributes.communities: expected an array");
  else
    attributes.communities.forEach((community, i) => {
      if (!isRecord(community) || !Number.isInteger(community.id) || typeof community.label !== "string" || !isFiniteNumber(community.size))
        report(`attributes.communities[${i}]: expected {id, label, size, papers, topEntities}`);
    });
  if (!isRecord(attributes.stats)) report("attributes.stats: expected an object");
  if (!isRecord(json.options)) report("options: expected graphology options");
  if (!Array.isArray(json.nodes)) report("nodes: expected an array");
  if (!Array.isArray(json.edges)) report("edges: expected an array");
  if (problems.length > 0) throw new InvalidAtlasError(problems);

  const nodeKeys = new Set<string>();
  (json.nodes as unknown[]).forEach((node, i) => {
    const problem = nodeProblem(node);
    if (problem) return report(`nodes[${i}]${problem}`);
    const key = (node as { key: string }).key;
    if (nodeKeys.has(key)) return report(`nodes[${i}]: duplicate key ${JSON.stringify(key)}`);
    nodeKeys.add(key);
  });
  const edgeKeys = new Set<string>();
  (json.edges as unknown[]).forEach((edge, i) => {
    const problem = edgeProblem(edge, nodeKeys);
    if (problem) return report(`edges[${i}]${problem}`);
    const key = (edge as { key: string }).key;
    if (edgeKeys.has(key)) return report(`edges[${i}]: duplicate key ${JSON.stringify(key)}`);
    edgeKeys.add(key);
  });
  if (problems.length > 0) throw new InvalidAtlasError(problems);
  return json as unknown as SerializedAtlas;
}

function nodeProblem(node: unknown): string | null {
  if (!isRecord(node) || typeof node.key !== "string") return ": expected {key, attributes}";
  const a = node.attributes;
  if (!isRecord(a)) return ".attributes: missing";
  if (typeof a.label !== "string") return ".attributes.label: expected a string";
  if (!isFiniteNumber(a.x) || !isFiniteNumber(a.y)) return ".attributes.x/y: expected finite numbers (was the layout run?)";
  if (!Number.isInteger(a.community)) return ".attributes.community: expected an integer";
  if (a.date !== undefined && typeof a.date !== "string") return ".attributes.date: expected an ISO date string";
  if (a.kind === "paper") {
    if (typeof a.abstract !== "string") return ".attributes.abstract: expected a string";
    return null;
  }
  if (a.kind === "entity") {
    if (typeof a.type !== "string" || !ENTITY_TYPE_SET.has(a.type)) return `.attributes.type: unknown entity type ${JSON.stringify(a.type)}`;
    if (!isStringArray(a.aliases)) return ".attributes.aliases: expected an array of strings";
    if (!isFiniteNumber(a.paperCount)) return ".attributes.paperCount: expected a number";
    return null;
  }
  return `.attributes.kind: expected "paper" or "entity", got ${JSON.stringify(a.kind)}`;
}

function edgeProblem(edge: unknown, nodeKeys: Set<string>): string | null {
  if (!isRecord(edge) || typeof edge.key !== "string" || typeof edge.source !== "string" || typeof edge.target !== "string")
    return ": expected {key, source, target, attributes}";
  if (!nodeKeys.has(edge.source)) return `.source: unknown node ${JSON.stringify(edge.source)}`;
  if (!nodeKeys.has(edge.target)) return `.target: unknown node ${JSON.stringify(edge.target)}`;
  const a = edge.attributes;
  if (!isRecord(a) || typeof a.kind !== "string" || !EDGE_KINDS.has(a.kind)) return ".attributes.kind: expected mentions, cooccurs, related or cites";
  if (!isFiniteNumber(a.weight)) return ".attributes.weight: expected a number";
  if (a.kind === "related" && !isStringArray(a.shared)) return ".attributes.shared: expected an array of entity keys";
  if (a.kind === "cites" && !isStringArray(a.via)) return ".attributes.via: expected an array of entity keys";
  return null;
}
