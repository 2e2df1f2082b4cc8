import type { NodeLabelDrawingFunction } from "sigma/rendering";
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
 * Gives the label canvas `to` of a renderer of the same size and camera (image export's) the room
 * the labels of `from` have, so that its labels fall where they do on screen.
 */
export function shareLabelRoom(from: HTMLCanvasElement, to: HTMLCanvasElement): void {
  keepOut.set(to, keepOut.get(from) ?? []);
  islands.set(to, islands.get(from) ?? []);
}

/**
 * Where a label `width` wide, written `gap` from a node at `x`, begins: right of the node, or on
 * its left when the map's right edge would cut it off there and it fits on the left.
 */
export function labelStart(context: CanvasRenderingContext2D, x: number, gap: number, width: number): number {
  return x + gap + width > visibleWidth(context) && x - gap - width >= 0 ? x - gap - width : x + gap;
}

// Sigma scales the label canvas by the pixel ratio, so its width in the labels' own units is the bitmap's over that scale.
const visibleWidth = (context: CanvasRenderingContext2D) => context.canvas.width / (context.getTransform().a || 1);
const visibleHeight = (context: CanvasRenderingContext2D) => context.canvas.height / (context.getTransform().d || 1);

/** No glyph of the label font is wider than its size, so a label that many sizes from the edge needs no measuring. */
const WIDEST_GLYPH = 1;

export const drawNodeLabel: NodeLabelDrawingFunction<AtlasNodeAttributes, AtlasEdgeAttributes> = (context, data, settings) => {
  if (!data.label) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const gap = data.size + 3;
  const keptOut = keepOut.get(context.canvas);
  let x = data.x + gap;
  const nearRightEdge = x + data.label.length * settings.labelSize * WIDEST_GLYPH > visibleWidth(context);
  if (keptOut?.length || nearRightEdge) {
    const width = context.measureText(data.label).width;
    x = labelStart(context, data.x, gap, width);
    const box = { left: x, right: x + width, top: data.y - settings.labelSize / 2, bottom: data.y + settings.labelSize / 2 };
    // A label written across a cluster's name makes both unreadable; the name stands for the area.
    if (keptOut?.some((other) => overlaps(box, other))) return;
  }
  const y = data.y + settings.labelSize / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = BACKGROUND;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.fillText(data.label, x, y);
};

/** What an island's label needs of the node sigma hands over: any graph's, as the overview's is not the atlas's. */
type LabelledNode = { x: number; y: number; size: number; label?: string | null; forceLabel?: boolean };
type LabelStyle = Pick<Settings, "labelWeight" | "labelSize" | "labelFont" | "labelColor">;

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

/** An island of the overview as drawn: centre and radius in viewport pixels. */
export type Disc = { x: number; y: number; r: number };

const islands = new WeakMap<HTMLCanvasElement, readonly Disc[]>();

/** The islands drawn on `canvas`, which island labels keep off where they can. */
export function setIslands(canvas: HTMLCanvasElement, discs: readonly Disc[]): void {
  islands.set(canvas, discs);
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

const within = (box: Box, width: number, height: number) => box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
const padded = (box: Box): Box => ({ left: box.left - LABEL_GAP, right: box.right + LABEL_GAP, top: box.top - LABEL_GAP, bottom: box.bottom + LABEL_GAP });

/**
 * The label of one island of the clusters' overview. Labels come largest island first (the
 * overview's settings put every island in one cell of sigma's label grid, which sorts by size).
 * Each takes the first of its places that stays on the map, clear of the labels written before it,
 * of the panels over the map and of the other islands, where a label would read as their name. A
 * large island with no such place is named across its middle if that is clear of labels and
 * panels. Failing both, a name of several parts ("uncertainty · information gain") tries again
 * with its first part alone; an island still without a place goes unnamed until the user zooms
 * in. A label that must show (a trace's step, the selection) is written whole, in its first place
 * on the map even if crowded.
 */
export function drawIslandLabel(context: CanvasRenderingContext2D, data: LabelledNode, settings: LabelStyle): void {
  if (!data.label) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  // Sigma hands over the node's key too, though its types do not say so; labels are near enough.
  const frame = frameOf(context.canvas, (data as { key?: string }).key ?? data.label);
  const [width, height] = [visibleWidth(context), visibleHeight(context)];
  const taken = [...(keepOut.get(context.canvas) ?? []), ...frame.boxes];
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
