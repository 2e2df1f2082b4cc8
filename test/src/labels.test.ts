import { describe, expect, it } from "vitest";
import { drawNodeLabel, labelStart, setLabelKeepOut, type Box } from "../../src/map/labels";

type Context = Parameters<typeof drawNodeLabel>[0];
type Data = Parameters<typeof drawNodeLabel>[1];
type Settings = Parameters<typeof drawNodeLabel>[2];

const settings = { labelWeight: "500", labelSize: 12, labelFont: "sans-serif", labelColor: { color: "#000" } } as unknown as Settings;

/**
 * A label canvas's context that records the labels written on it and where, each character 6 px
 * wide: 400 px of bitmap at a pixel ratio of 2, so a map 200 px wide, as sigma sets it up.
 */
function labelContext(): { context: Context; written: string[]; at: number[] } {
  const written: string[] = [];
  const at: number[] = [];
  const context = {
    canvas: { width: 400 },
    getTransform: () => ({ a: 2 }),
    measureText: (text: string) => ({ width: 6 * text.length }),
    strokeText: () => {},
    fillText: (text: string, x: number) => {
      written.push(text);
      at.push(x);
    },
  } as unknown as Context;
  return { context, written, at };
}

/** A node of size 4 at (100, 100): its label "H100" spans x 107..131 and y 94..106. */
const node = { label: "H100", x: 100, y: 100, size: 4 } as Data;

describe("labels: node labels keep out of the cluster names", () => {
  it.each<[string, Box[] | undefined, boolean]>([
    ["no names registered (image export's canvas)", undefined, true],
    ["no names on the map", [], true],
    ["a name elsewhere", [{ left: 300, right: 400, top: 90, bottom: 110 }], true],
    ["a name just right of the label", [{ left: 131, right: 200, top: 90, bottom: 110 }], true],
    ["a name just below the label", [{ left: 100, right: 200, top: 106, bottom: 130 }], true],
    ["a name across the label's end", [{ left: 125, right: 200, top: 90, bottom: 110 }], false],
    ["a name over the label's top edge", [{ left: 0, right: 500, top: 60, bottom: 95 }], false],
    ["one of several names over the label", [{ left: 300, right: 400, top: 0, bottom: 20 }, { left: 110, right: 120, top: 98, bottom: 102 }], false],
  ])("labels: %s", (_, names, drawn) => {
    const { context, written } = labelContext();
    if (names) setLabelKeepOut(context.canvas, names);
    drawNodeLabel(context, node, settings);
    expect(written, `labels: H100 ${drawn ? "drawn" : "left out"}`).toEqual(drawn ? ["H100"] : []);
  });

  it("labels: names kept out on one canvas leave another's labels alone", () => {
    const map = labelContext();
    const other = labelContext();
    setLabelKeepOut(map.context.canvas, [{ left: 0, right: 500, top: 0, bottom: 500 }]);
    drawNodeLabel(map.context, node, settings);
    drawNodeLabel(other.context, node, settings);
    expect([map.written, other.written]).toEqual([[], ["H100"]]);
  });

  it.each<[string, Data, Box[] | undefined, number | null]>([
    ["far from the right edge: on the node's right", node, undefined, 107],
    ["ending on the edge: still on the right", { ...node, x: 169 }, undefined, 176],
    ["cut off by the edge: on the node's left", { ...node, x: 190 }, undefined, 159],
    ["cut off, with no room on the left either: on the right", { ...node, label: "Vision Transformer", x: 100 }, undefined, 107],
    ["moved left onto a cluster name: left out", { ...node, x: 190 }, [{ left: 150, right: 170, top: 90, bottom: 110 }], null],
    ["moved left clear of a name that the right side would cross", { ...node, x: 190 }, [{ left: 195, right: 200, top: 90, bottom: 110 }], 159],
  ])("labels: %s", (_, data, names, x) => {
    const { context, written, at } = labelContext();
    if (names) setLabelKeepOut(context.canvas, names);
    drawNodeLabel(context, data, settings);
    expect(written.length ? at[0] : null, `labels: ${data.label} at x ${data.x}`).toBe(x);
  });

  it("labels: a hover card starts where the label would", () => {
    const { context } = labelContext();
    expect([labelStart(context, 100, 6, 40), labelStart(context, 180, 6, 40)], "labels: cards right of x 100, left of x 180").toEqual([106, 134]);
  });
});
