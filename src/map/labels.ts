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

export const drawNodeLabel: NodeLabelDrawingFunction<AtlasNodeAttributes, AtlasEdgeAttributes> = (context, data, settings) => {
  if (!data.label) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + settings.labelSize / 3;
  const keptOut = keepOut.get(context.canvas);
  if (keptOut?.length) {
    const box = { left: x, right: x + context.measureText(data.label).width, top: data.y - settings.labelSize / 2, bottom: data.y + settings.labelSize / 2 };
    // A label written across a cluster's name makes both unreadable; the name stands for the area.
    if (keptOut.some((other) => overlaps(box, other))) return;
  }
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = BACKGROUND;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.fillText(data.label, x, y);
};
