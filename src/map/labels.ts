import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { AtlasEdgeAttributes, AtlasNodeAttributes } from "../data/atlas";
import { BACKGROUND } from "./appearance";

/** A rectangle in viewport pixels. */
export type Box = { left: number; top: number; right: number; bottom: number };

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where node labels are not drawn, by the label canvas they are drawn on: the cluster names laid
 * over the map, which sigma's own label grid knows nothing of. Keyed by canvas because the label
 * drawing function is one for every renderer (and image export draws on a canvas of its own,
 * where no cluster names are shown and every label is drawn).
 */
const keepOut = new WeakMap<HTMLCanvasElement, readonly Box[]>();

export function setLabelKeepOut(canvas: HTMLCanvasElement, boxes: readonly Box[]): void {
  keepOut.set(canvas, boxes);
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
