import type { AtlasGraph } from "../link/assemble.ts";
import type { SerializedEdge, SerializedNode } from "../schema.ts";

/**
 * GEXF 1.2 for Gephi and NetworkX, written as a stream of chunks: at 100k papers the file is
 * several times larger than the longest string JavaScript can hold, so graphology-gexf's
 * writer, which builds one string, cannot write it. The output follows that writer's layout
 * (its parser reads it back, which the tests check).
 *
 * NetworkX reads no mixed graphs, so every edge is written directed (undirected kinds keep
 * their stored orientation) and the `kind` attribute tells them apart; lists become "a | b",
 * as GEXF has no list type every reader understands.
 */

export type GexfType = "string" | "integer" | "long" | "double" | "boolean";
type Model = Map<string, GexfType>;

const NODE_SKIP = new Set(["label", "x", "y"]);
const EDGE_SKIP = new Set(["weight"]);
/** When two elements disagree on an attribute's type, the more general type wins. */
const GENERALITY: Record<GexfType, number> = { string: 0, double: 1, long: 2, integer: 3, boolean: 4 };

function typeOf(value: unknown): GexfType | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return "double";
    return value >= -(2 ** 31) && value < 2 ** 31 ? "integer" : "long";
  }
  return "string";
}

function widen(model: Model, attributes: Record<string, unknown>, skip: Set<string>): void {
  for (const name in attributes) {
    if (skip.has(name)) continue;
    const value = attributes[name];
    const type = typeOf(Array.isArray(value) ? (value.length > 0 ? value.join(" | ") : undefined) : value);
    if (type === undefined) continue;
    const current = model.get(name);
    if (current === undefined || GENERALITY[type] < GENERALITY[current]) model.set(name, type);
  }
}

/** Anything outside XML 1.0's characters: C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF. */
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const SPECIAL_IN_ATTRIBUTE = /[&<>"\n\r\t]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };

/**
 * Any code unit but those that are always safe: so the special characters, controls, and
 * surrogates (fine in pairs, but telling is the slow path's work).
 */
const MAYBE_UNSAFE = /[^\u0020\u0021\u0023-\u0025\u0027-\u003b\u003d\u003f-\ud7ff\ue000-\ufffd]/;

/** XML attribute text: escaped, without the characters XML forbids. Most values need neither, and are returned as they are. */
function escape(value: unknown): string {
  const text = String(value);
  if (!MAYBE_UNSAFE.test(text)) return text;
  return text.replace(FORBIDDEN_IN_XML, "").replace(SPECIAL_IN_ATTRIBUTE, (c) => ENTITY[c]!);
}

function declarations(model: GexfModel["node"], kind: "node" | "edge"): string {
  if (model.length === 0) return "";
  const rows = model.map(([name, type]) => `<attribute id="${escape(name)}" title="${escape(name)}" type="${type}"/>`);
  return `<attributes class="${kind}">${rows.join("")}</attributes>\n`;
}

/** Each attribute of the model with its `<attvalue>` opening, escaped once rather than per element. */
type Openings = [name: string, opening: string][];

function openings(model: GexfModel["node"]): Openings {
  return model.map(([name]) => [name, `<attvalue for="${escape(name)}" value="`]);
}

function attvalues(openings: Openings, attributes: Record<string, unknown>): string {
  let values = "";
  for (const [name, opening] of openings) {
    const raw = attributes[name];
    const value = Array.isArray(raw) ? raw.join(" | ") : raw;
    if (typeOf(value) === undefined) continue;
    values += `${opening}${escape(value)}"/>`;
  }
  return values ? `<attvalues>${values}</attvalues>` : "";
}

/** Which attributes each kind of element has and their GEXF types: read off the whole graph, as GEXF declares them before any element. */
export interface GexfModel {
  node: [name: string, type: GexfType][];
  edge: [name: string, type: GexfType][];
}

export function gexfModel(graph: AtlasGraph): GexfModel {
  const nodeModel: Model = new Map();
  const edgeModel: Model = new Map();
  graph.forEachNode((_, attributes) => widen(nodeModel, attributes as unknown as Record<string, unknown>, NODE_SKIP));
  graph.forEachEdge((_, attributes) => widen(edgeModel, attributes as unknown as Record<string, unknown>, EDGE_SKIP));
  return { node: [...nodeModel], edge: [...edgeModel] };
}

/**
 * GEXF's text from the graph's elements in graph.json's form, batch by batch: nodes, then
 * edges. Takes them serialised rather than from the graph, so that a worker thread can write
 * the file from graph.json's batches while the main thread goes on.
 */
export class GexfText {
  private readonly nodeOpenings: Openings;
  private readonly edgeOpenings: Openings;
  private inEdges = false;

  constructor(model: GexfModel) {
    this.nodeOpenings = openings(model.node);
    this.edgeOpenings = openings(model.edge);
  }

  static head(model: GexfModel): string {
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz">\n' +
      `<meta/>\n<graph defaultedgetype="directed">\n${declarations(model.node, "node")}${declarations(model.edge, "edge")}<nodes>\n`
    );
  }

  nodes(batch: readonly SerializedNode[]): string {
    if (this.inEdges) throw new Error("GEXF: nodes after edges");
    let text = "";
    for (const { key, attributes } of batch) {
      const a = attributes as unknown as Record<string, unknown>;
      text += `<node id="${escape(key)}" label="${escape(a.label)}">${attvalues(this.nodeOpenings, a)}<viz:position x="${a.x}" y="${a.y}" z="0"/></node>\n`;
    }
    return text;
  }

  edges(batch: readonly SerializedEdge[]): string {
    let text = this.toEdges();
    for (const { key, source, target, attributes } of batch) {
      const a = attributes as unknown as Record<string, unknown>;
      text += `<edge id="${escape(key)}" source="${escape(source)}" target="${escape(target)}" weight="${a.weight}">${attvalues(this.edgeOpenings, a)}</edge>\n`;
    }
    return text;
  }

  end(): string {
    return `${this.toEdges()}</edges>\n</graph>\n</gexf>\n`;
  }

  private toEdges(): string {
    if (this.inEdges) return "";
    this.inEdges = true;
    return "</nodes>\n<edges>\n";
  }
}
