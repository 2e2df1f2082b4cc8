import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { AtlasEdgeAttributes, AtlasNodeAttributes } from "../data/atlas";
import { BACKGROUND, LABEL_PARTS } from "./appearance";

/** A rectangle in viewport pixels. */
export type Box = { left: number; top: number; right: number; bottom: number };

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where node labels are not drawn, by the label canvas they are drawn on: the cluster names laid
 * over the map, which sigma's own label grid knows nothing of. Keyed by canvas because the label
 * drawing function is one for every renderer, image export's included (see `shareLabelRoom`).
 */
const keepOut = new WeakMap<HTMLCanvasElement, readonly Box[]>();

export function setLabelKeepOut(canvas: HTMLCanvasElement, boxes: readonly Box[]): void {
  keepOut.set(canvas, boxes);
}

/**
 * The cards of the highlighted nodes (the selection, the hovered node, a path's), drawn over the
 * labels on sigma's hover layer: by node, on the label canvas whose labels they would hide.
 */
const cards = new WeakMap<HTMLCanvasElement, ReadonlyMap<string, Box>>();

export function setLabelCards(canvas: HTMLCanvasElement, boxes: ReadonlyMap<string, Box>): void {
  cards.set(canvas, boxes);
}

/** A card's label is bolder than the map's. */
const cardFont = (settings: Pick<Settings, "labelSize" | "labelFont">) => `600 ${settings.labelSize}px ${settings.labelFont}`;

/** Room kept inside a highlighted node's card around its label and its disc, in pixels. */
const CARD_PADDING = 4;

/** A highlighted node's card as drawn: its label (`text`, maybe cut short), where, and the box it covers. */
export type Card = { x: number; y: number; label: string; text: string; left: number; width: number; height: number; radius: number; textLeft: number; box: Box };

type CardNode = { x: number; y: number; size: number; label: string };

/**
 * Where the card of a highlighted node goes: the box of its label, padded, set beside its node as
 * a label would be (`labelStart`), or on the `side` asked for, within `box` with the disc around
 * the node. A label too long for the map on either side of its node (a narrow map's, typically)
 * is cut short, as `text`, on the roomier side, or to fit the side asked for.
 */
export function hoverCard(
  context: CanvasRenderingContext2D,
  data: CardNode,
  settings: Pick<Settings, "labelSize" | "labelFont">,
  side?: "left" | "right",
  /** How far from the node the card may reach on that side, if short of the map's edge. */
  reach = Infinity,
): Card {
  context.font = cardFont(settings);
  const gap = data.size + 2;
  const [rightRoom, leftRoom] = [visibleWidth(context) - data.x - gap, data.x - gap];
  const room = Math.min(side === "right" ? rightRoom : side === "left" ? leftRoom : Math.max(rightRoom, leftRoom), reach - gap) - 2 * CARD_PADDING;
  const text = data.label ? shortenToFit(context, data.label, room) : "";
  const width = text ? context.measureText(text).width + 2 * CARD_PADDING : 0;
  const height = settings.labelSize + 2 * CARD_PADDING;
  const radius = Math.max(data.size, settings.labelSize / 2) + CARD_PADDING;
  const left = side === "right" ? data.x + gap : side === "left" ? data.x - gap - width : labelStart(context, data.x, gap, width);
  const half = Math.max(height / 2, radius);
  const box = { left: Math.min(left, data.x - radius), right: Math.max(left + width, data.x + radius), top: data.y - half, bottom: data.y + half };
  return { x: data.x, y: data.y, label: data.label, text, left, width, height, radius, textLeft: left + CARD_PADDING, box };
}

/**
 * The cards of several highlighted nodes, first come first placed: a card that would cover one
 * placed before it goes on its node's other side if that covers none, cut short to stay on the
 * map if need be; failing that, it is cut short of the nearest card in its way, on its own side
 * or the other. Never to fewer than `SHORTEST_CUT` characters: with no room for those anywhere,
 * it covers the other card, where it would be.
 */
export function placeCards(context: CanvasRenderingContext2D, nodes: ReadonlyMap<string, CardNode>, settings: Pick<Settings, "labelSize" | "labelFont">): Map<string, Card> {
  const placed = new Map<string, Card>();
  const covers = (card: Card) => [...placed.values()].some((other) => overlaps(card.box, other.box));
  const mapWidth = visibleWidth(context);
  for (const [key, data] of nodes) {
    const first = hoverCard(context, data, settings);
    const fits = (card: Card) => (card.text === data.label || card.text.length >= SHORTEST_CUT) && !covers(card) && card.left >= 0 && card.left + card.width <= mapWidth;
    /** How far the cards placed in this card's row leave it on `side`, from its node. */
    const reachOn = (side: "left" | "right") => {
      const row = [...placed.values()].filter(({ box }) => box.top < first.box.bottom && first.box.top < box.bottom);
      const ahead = row.map(({ box }) => (side === "right" ? box.left - data.x : data.x - box.right)).filter((distance) => distance > 0);
      return Math.min(Infinity, ...ahead);
    };
    const own = first.left > data.x ? "right" : "left";
    const other = own === "right" ? "left" : "right";
    const candidates = () => [hoverCard(context, data, settings, other), hoverCard(context, data, settings, own, reachOn(own)), hoverCard(context, data, settings, other, reachOn(other))];
    placed.set(key, covers(first) ? (candidates().find(fits) ?? first) : first);
  }
  return placed;
}

/** The cards placed for the frame (`placeCards`), by the hover canvas they are drawn on. */
const placedCards = new WeakMap<HTMLCanvasElement, ReadonlyMap<string, Card>>();

export function setPlacedCards(canvas: HTMLCanvasElement, placed: ReadonlyMap<string, Card>): void {
  placedCards.set(canvas, placed);
}

/** The card placed for node `data.key` on `canvas`, if it was placed for this label at this place. */
export function placedCard(canvas: HTMLCanvasElement, data: { key: string; x: number; y: number; label: string }): Card | undefined {
  const card = placedCards.get(canvas)?.get(data.key);
  return card && card.label === data.label && Math.abs(card.x - data.x) < 0.5 && Math.abs(card.y - data.y) < 0.5 ? card : undefined;
}

/** A flat label card with a soft shadow, lighter than sigma's default hover halo; any map's (the overview's too). */
export function drawNodeCard(context: CanvasRenderingContext2D, data: Parameters<NodeHoverDrawingFunction>[1], settings: Pick<Settings, "labelSize" | "labelFont">): void {
  // Sigma asks for a card for the node under the pointer too, and keeps it after a finger's tap
  // until the next touch. The view decides which nodes have a card, and labels keep clear of those.
  if (!data.highlighted) return;
  const label = typeof data.label === "string" ? data.label : "";
  const card = placedCard(context.canvas, { key: data.key, x: data.x, y: data.y, label }) ?? hoverCard(context, { x: data.x, y: data.y, size: data.size, label }, settings);

  context.save();
  context.fillStyle = "#ffffff";
  context.shadowColor = "rgba(20, 30, 50, 0.25)";
  context.shadowBlur = 10;
  context.beginPath();
  context.arc(data.x, data.y, card.radius, 0, Math.PI * 2);
  if (card.text) context.roundRect(card.left, data.y - card.height / 2, card.width, card.height, 4);
  context.fill();
  context.restore();

  context.beginPath();
  context.fillStyle = data.color;
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();

  if (card.text) {
    context.font = cardFont(settings);
    context.fillStyle = "#111826";
    context.fillText(card.text, card.textLeft, data.y + settings.labelSize / 3);
  }
}

/** An island of the overview as drawn: centre and radius in viewport pixels. */
export type Disc = { x: number; y: number; r: number };

const islands = new WeakMap<HTMLCanvasElement, readonly Disc[]>();

/** The islands drawn on `canvas`, which island labels keep off where they can. */
export function setIslands(canvas: HTMLCanvasElement, discs: readonly Disc[]): void {
  islands.set(canvas, discs);
}

/**
 * Gives the label and hover canvases `to` of a renderer of the same size and camera (image
 * export's) the room the labels of `from` have and its cards' places, so that they fall where
 * they do on screen.
 */
export function shareLabelRoom(from: Record<"labels" | "hovers", HTMLCanvasElement>, to: Record<"labels" | "hovers", HTMLCanvasElement>): void {
  keepOut.set(to.labels, keepOut.get(from.labels) ?? []);
  cards.set(to.labels, cards.get(from.labels) ?? new Map());
  islands.set(to.labels, islands.get(from.labels) ?? []);
  placedCards.set(to.hovers, placedCards.get(from.hovers) ?? new Map());
}

/** What a label needs of the node sigma hands over: any graph's, as the overview's is not the atlas's. */
type LabelledNode = { x: number; y: number; size: number; label?: string | null; forceLabel?: boolean };
type LabelStyle = Pick<Settings, "labelWeight" | "labelSize" | "labelFont" | "labelColor">;

// Sigma hands over the node's key too, though its types do not say so; labels are near enough.
const keyOf = (data: LabelledNode) => (data as { key?: string }).key ?? data.label ?? "";

/** Room kept between two labels, and between a label and its island, in pixels. */
const LABEL_GAP = 4;

/** The labels written so far in the frame being drawn on one canvas. */
interface Frame {
  written: Set<string>;
  boxes: Box[];
}

const frames = new WeakMap<HTMLCanvasElement, Frame>();

/**
 * The frame being drawn on `canvas`, with `node` now counted in it. Sigma writes all of a frame's
 * labels in one go and each node's at most once, so a node written again, or a later task, starts
 * a new frame; this needs no hook into the renderer, so image export's own renderer gets it too.
 */
function frameOf(canvas: HTMLCanvasElement, node: string): Frame {
  let frame = frames.get(canvas);
  if (!frame || frame.written.has(node)) {
    const fresh: Frame = { written: new Set(), boxes: [] };
    frames.set(canvas, fresh);
    queueMicrotask(() => {
      if (frames.get(canvas) === fresh) frames.delete(canvas);
    });
    frame = fresh;
  }
  frame.written.add(node);
  return frame;
}

// Sigma scales the label canvas by the pixel ratio, so its width in the labels' own units is the bitmap's over that scale.
const visibleWidth = (context: CanvasRenderingContext2D) => context.canvas.width / (context.getTransform().a || 1);
const visibleHeight = (context: CanvasRenderingContext2D) => context.canvas.height / (context.getTransform().d || 1);

const within = (box: Box, width: number, height: number) => box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
const padded = (box: Box): Box => ({ left: box.left - LABEL_GAP, right: box.right + LABEL_GAP, top: box.top - LABEL_GAP, bottom: box.bottom + LABEL_GAP });

/**
 * Where a label `width` wide, written `gap` from a node at `x`, begins: right of the node, or on
 * its left when the map's right edge would cut it off there and it fits on the left.
 */
export function labelStart(context: CanvasRenderingContext2D, x: number, gap: number, width: number): number {
  return x + gap + width > visibleWidth(context) && x - gap - width >= 0 ? x - gap - width : x + gap;
}

/**
 * A node's label, right of the node, or on its left where the right side would run off the map
 * or across a label already written. Sigma hands labels over cell by cell of its label grid, each
 * cell's largest node first, so of two labels that would cross the first written stands. A label
 * with no such place, or that would run across a cluster's name or under a panel over the map, is
 * left out, as is that of a node off the map. One that must show (a path's, a highlighted
 * neighbour's) is written all the same: on the map, cut short if it fits on neither side, and
 * clear of the names and of the highlighted nodes' cards if it can be. A node with a card (the
 * selection, the hovered node) has its label written there instead.
 */
export const drawNodeLabel: NodeLabelDrawingFunction<AtlasNodeAttributes, AtlasEdgeAttributes> = (context, data, settings) => {
  const nodeCards = cards.get(context.canvas) ?? new Map<string, Box>();
  if (!data.label || nodeCards.has(keyOf(data))) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const frame = frameOf(context.canvas, keyOf(data));
  const [mapWidth, mapHeight] = [visibleWidth(context), visibleHeight(context)];
  // Sigma labels nodes a little off the map too; their labels would name nothing in sight.
  if (!data.forceLabel && !within({ left: data.x, right: data.x, top: data.y, bottom: data.y }, mapWidth, mapHeight)) return;
  const label = data.label;
  const gap = data.size + 3;
  const width = context.measureText(label).width;
  const row = { top: data.y - settings.labelSize / 2, bottom: data.y + settings.labelSize / 2 };
  const sides = [
    { left: data.x + gap, right: data.x + gap + width, ...row },
    { left: data.x - gap - width, right: data.x - gap, ...row },
  ];
  const onMap = sides.filter((box) => within(box, mapWidth, mapHeight));
  // A label written across a cluster's name makes both unreadable; the name stands for the area.
  // The names keep a margin of their own; labels keep one from each other.
  // A highlighted node's card hides any other label under it.
  const names = keepOut.get(context.canvas) ?? [];
  const cardBoxes = [...nodeCards.values()];
  const uncarded = (side: Box) => !cardBoxes.some((card) => overlaps(side, card));
  const uncovered = (side: Box) => uncarded(side) && !names.some((name) => overlaps(side, name));
  const clear = (side: Box) => uncovered(side) && !frame.boxes.some((other) => overlaps(padded(side), other));
  const wholeAt = (side: Box | undefined) => side && { text: label, box: side };
  const whole = wholeAt(onMap.find(clear));
  if (whole || !data.forceLabel) return place(whole);
  // A label that must show may be cut short at the map's edge (a narrow map's, typically) to be
  // clear; failing that it may cross another label, or a name (which steps back while something
  // is highlighted), where both stay partly legible, rather than go under a card, which hides it.
  // That of a node under a card, whose both sides are, begins at the card's edge.
  const cut = [
    { text: shortenToFit(context, label, mapWidth - sides[0].left), rightwards: true },
    { text: shortenToFit(context, label, sides[1].right), rightwards: false },
  ]
    .filter(({ text }) => text)
    .map(({ text, rightwards }) => {
      const textWidth = context.measureText(text).width;
      return { text, box: rightwards ? { ...sides[0], right: sides[0].left + textWidth } : { ...sides[1], left: sides[1].right - textWidth } };
    })
    .filter(({ box }) => within(box, mapWidth, mapHeight))
    .sort((a, b) => b.text.length - a.text.length);
  const pastCards = (side: Box, rightwards: boolean): Box => {
    const under = cardBoxes.filter((card) => overlaps(side, card));
    if (under.length === 0) return side;
    const edge = rightwards ? Math.max(...under.map((card) => card.right)) + LABEL_GAP : Math.min(...under.map((card) => card.left)) - LABEL_GAP;
    return rightwards ? { ...side, left: edge, right: edge + width } : { ...side, left: edge - width, right: edge };
  };
  const besideCards = () =>
    uncarded({ left: data.x, right: data.x, top: data.y, bottom: data.y })
      ? undefined
      : [pastCards(sides[0], true), pastCards(sides[1], false)].find((side) => uncarded(side) && within(side, mapWidth, mapHeight));
  place(
    cut.find(({ text, box }) => text.length >= Math.min(label.length, SHORTEST_CUT) && clear(box)) ??
      wholeAt(onMap.find(uncovered) ?? onMap.find(uncarded) ?? besideCards() ?? onMap[0]) ??
      cut[0],
  );

  function place(placed: { text: string; box: Box } | undefined): void {
    if (!placed) return;
    frame.boxes.push(placed.box);
    write(context, placed.text, placed.box, settings);
  }
};

/** The fewest characters a label that must show is cut to in order to stay clear of the others. */
const SHORTEST_CUT = 12;

/** `label`, or as much of it as fits `room` pixels with an ellipsis, cut at a word where one is near. */
export function shortenToFit(context: CanvasRenderingContext2D, label: string, room: number): string {
  if (context.measureText(label).width <= room) return label;
  const fits = (n: number) => context.measureText(`${label.slice(0, n).trimEnd()}…`).width <= room;
  let [low, high] = [0, label.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  const space = label.lastIndexOf(" ", low);
  const cut = space > low * 0.6 ? space : low;
  return cut > 0 ? `${label.slice(0, cut).trimEnd()}…` : "";
}

const crosses = (box: Box, { x, y, r }: Disc) => Math.hypot(x - Math.min(Math.max(x, box.left), box.right), y - Math.min(Math.max(y, box.top), box.bottom)) < r;

/**
 * Where a label `width` by `height` may go around a disc of radius `r` at (`x`, `y`) on a map
 * `mapWidth` wide, best first: across the disc, as a place name on a map (moved along as far as
 * the map's edges need, while it still covers the disc's centre), then beside it, right then left,
 * then under and over it.
 */
export function islandLabelBoxes(x: number, y: number, r: number, width: number, height: number, mapWidth: number): Box[] {
  const middle = { top: y - height / 2, bottom: y + height / 2 };
  const centred = { left: x - width / 2, right: x + width / 2 };
  const shift = Math.min(Math.max(0, -centred.left), width / 2) - Math.min(Math.max(0, centred.right - mapWidth), width / 2);
  return [
    { left: centred.left + shift, right: centred.right + shift, ...middle },
    { left: x + r + LABEL_GAP, right: x + r + LABEL_GAP + width, ...middle },
    { left: x - r - LABEL_GAP - width, right: x - r - LABEL_GAP, ...middle },
    { ...centred, top: y + r + LABEL_GAP, bottom: y + r + LABEL_GAP + height },
    { ...centred, top: y - r - LABEL_GAP - height, bottom: y - r - LABEL_GAP },
  ];
}

/**
 * An island this many label heights across or more is named across its middle even where the
 * name runs onto its neighbours: centred on it, the name is still plainly its own.
 */
const NAMED_ACROSS_FROM = 4;

/**
 * The label of one island of the clusters' overview. Labels come largest island first (the
 * overview's settings put every island in one cell of sigma's label grid, which sorts by size).
 * Each takes the first of its places that stays on the map, clear of the labels written before it,
 * of the panels over the map and of the other islands, where a label would read as their name. A
 * large island with no such place is named across its middle if that is clear of labels and
 * panels. Failing both, a name of several parts ("uncertainty · information gain") tries again
 * with its first part alone; an island still without a place goes unnamed until the user zooms
 * in. A label that must show (a trace's step) is written whole, in its first place on the map
 * even if crowded. The selected and the hovered island are named on their cards, which the other
 * names keep clear of.
 */
export function drawIslandLabel(context: CanvasRenderingContext2D, data: LabelledNode, settings: LabelStyle): void {
  const nodeCards = cards.get(context.canvas) ?? new Map<string, Box>();
  if (!data.label || nodeCards.has(keyOf(data))) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const frame = frameOf(context.canvas, keyOf(data));
  const [width, height] = [visibleWidth(context), visibleHeight(context)];
  const taken = [...(keepOut.get(context.canvas) ?? []), ...nodeCards.values(), ...frame.boxes];
  const others = (islands.get(context.canvas) ?? []).filter((disc) => Math.abs(disc.x - data.x) >= 0.5 || Math.abs(disc.y - data.y) >= 0.5);
  const clear = (box: Box) => !taken.some((other) => overlaps(padded(box), other));
  const large = 2 * data.size >= NAMED_ACROSS_FROM * settings.labelSize;
  const place = (label: string): Box | undefined => {
    const candidates = islandLabelBoxes(data.x, data.y, data.size, context.measureText(label).width, settings.labelSize, width);
    const onMap = candidates.filter((box) => within(box, width, height));
    const across = candidates[0]!;
    return (
      onMap.find((box) => clear(box) && !others.some((disc) => crosses(padded(box), disc))) ??
      (large && within(across, width, height) && clear(across) ? across : undefined) ??
      (data.forceLabel ? (onMap[0] ?? across) : undefined)
    );
  };
  const first = data.label.split(LABEL_PARTS)[0]!;
  let label = data.label;
  let box = place(label);
  if (!box && first !== label) box = place((label = first));
  if (!box) return;
  frame.boxes.push(box);
  write(context, label, box, settings);
}

/** Writes `label` in `box`, with a halo of the background that keeps it legible over nodes and links. */
function write(context: CanvasRenderingContext2D, label: string, box: Box, settings: LabelStyle): void {
  const y = (box.top + box.bottom) / 2 + settings.labelSize / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = BACKGROUND;
  context.strokeText(label, box.left, y);
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.fillText(label, box.left, y);
}

/**
 * The boxes of the panels floating over the map (marked `data-map-overlay`) that holds sigma's
 * `container`, relative to `origin`: a label under one would be hidden or cut short.
 */
export function overlayBoxes(container: HTMLElement, origin: DOMRect): Box[] {
  return mapOverlays(container).map((overlay) => {
    const r = overlay.getBoundingClientRect();
    return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
  });
}

/** The panels floating over the map that holds sigma's `container`, marked `data-map-overlay`. */
export const mapOverlays = (container: HTMLElement): Element[] => [...(container.closest(".map")?.querySelectorAll("[data-map-overlay]") ?? [])];
