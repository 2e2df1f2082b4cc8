import { describe, expect, it } from "vitest";
import { drawIslandLabel, drawNodeLabel, hoverCard, islandLabelBoxes, labelStart, overlaps, placeCards, setIslands, setLabelCards, setLabelKeepOut, shortenToFit, type Box, type Disc } from "../../src/map/labels";
import { computeAppearance, labelThreshold } from "../../src/map/appearance";
import { overviewGraph } from "../../src/overview/graph";
import { realAtlas, realOverview } from "./support/atlas-data";

type Context = Parameters<typeof drawNodeLabel>[0];
type Data = Parameters<typeof drawNodeLabel>[1];
type Settings = Parameters<typeof drawNodeLabel>[2];

const settings = { labelWeight: "500", labelSize: 12, labelFont: "sans-serif", labelColor: { color: "#000" } } as unknown as Settings;

/**
 * A label canvas's context that records the labels written on it and where, each character 6 px
 * wide: 400 by 400 px of bitmap at a pixel ratio of 2, so a map 200 px square, as sigma sets it up.
 */
function labelContext(): { context: Context; written: string[]; at: number[] } {
  const written: string[] = [];
  const at: number[] = [];
  const context = {
    canvas: { width: 400, height: 400 },
    getTransform: () => ({ a: 2, d: 2 }),
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
const node = { key: "a", label: "H100", x: 100, y: 100, size: 4, color: "#000" } as Data;

describe("labels: node labels keep out of the cluster names", () => {
  it.each<[string, Box[] | undefined, number | null]>([
    ["no names registered", undefined, 107],
    ["no names on the map", [], 107],
    ["a name elsewhere", [{ left: 300, right: 400, top: 90, bottom: 110 }], 107],
    ["a name just right of the label", [{ left: 131, right: 200, top: 90, bottom: 110 }], 107],
    ["a name just below the label", [{ left: 100, right: 200, top: 106, bottom: 130 }], 107],
    ["a name across the label's end: on the node's left", [{ left: 125, right: 200, top: 90, bottom: 110 }], 69],
    ["one of several names over the label: on the node's left", [{ left: 300, right: 400, top: 0, bottom: 20 }, { left: 110, right: 120, top: 98, bottom: 102 }], 69],
    ["a name over both sides: left out", [{ left: 0, right: 500, top: 60, bottom: 95 }], null],
  ])("labels: %s", (_, names, x) => {
    const { context, written, at } = labelContext();
    if (names) setLabelKeepOut(context.canvas, names);
    drawNodeLabel(context, node, settings);
    expect(written.length ? at[0] : null, `labels: H100 at x`).toBe(x);
  });

  it.each<[string, string, number, string]>([
    ["room for all of it", "Vision Transformer", 200, "Vision Transformer"],
    ["room for all but the end of a long last word: cut inside it", "Vision Transformer", 96, "Vision Transfor…"],
    ["room for most of the last of several words: cut before it", "Large Language Model Serving", 150, "Large Language Model…"],
    ["room for the ellipsis alone: nothing", "Vision Transformer", 6, ""],
  ])("labels: shortened to fit, %s", (_, label, room, expected) => {
    const { context } = labelContext();
    expect(shortenToFit(context, label, room), `labels: "${label}" in ${room} px`).toBe(expected);
  });

  it("labels: a label that must show and fits on neither side is written cut short, within the map", () => {
    const { context, written, at } = labelContext();
    drawNodeLabel(context, { ...node, label: "Vision Transformer", x: 110, forceLabel: true }, settings);
    // 108 px long, with 103 px of room on the node's left and 83 on its right.
    expect([written, at], "labels: Vision Transformer of a node at x 110 on a map 200 px wide").toEqual([["Vision Transform…"], [1]]);
  });

  it("labels: a label that must show, crossing another on the one side it fits, is cut short on the other to be clear", () => {
    const { context, written, at } = labelContext();
    drawNodeLabel(context, { ...node, key: "b", label: "Vision", x: 40 }, settings);
    // 114 px long: from 0 to 114 on the node's left, across "Vision"; 72 px of room on its right.
    drawNodeLabel(context, { ...node, label: "Vision Transformers", x: 121, forceLabel: true }, settings);
    expect([written, at], "labels: Vision Transformers of a node at x 121").toEqual([["Vision", "Vision Tran…"], [47, 128]]);
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
    ["cut off, with no room on the left either: left out", { ...node, label: "Vision Transformer", x: 100 }, undefined, null],
    ["cut off, with no room on the left either, but that must show: on the right, cut short", { ...node, label: "Vision Transformer", x: 100, forceLabel: true }, undefined, 107],
    ["cut off, with no room on the right either, that must show: on the roomier left, cut short", { ...node, label: "Vision Transformer", x: 110, forceLabel: true }, undefined, 1],
    ["of a node off the map's left edge: left out", { ...node, x: -3 }, undefined, null],
    ["of a node off the map's bottom edge: left out", { ...node, y: 203 }, undefined, null],
    ["moved left onto a cluster name: left out", { ...node, x: 190 }, [{ left: 150, right: 170, top: 90, bottom: 110 }], null],
    ["moved left clear of a name that the right side would cross", { ...node, x: 190 }, [{ left: 195, right: 200, top: 90, bottom: 110 }], 159],
  ])("labels: %s", (_, data, names, x) => {
    const { context, written, at } = labelContext();
    if (names) setLabelKeepOut(context.canvas, names);
    drawNodeLabel(context, data, settings);
    expect(written.length ? at[0] : null, `labels: ${data.label} at x ${data.x}`).toBe(x);
  });

  it.each<[string, Data[], (number | null)[]]>([
    ["a label that would run into one written before it: on its node's left", [node, { ...node, key: "b", label: "A100", x: 90, y: 104 }], [107, 59]],
    ["one with both sides taken: left out", [node, { ...node, key: "b", label: "B", x: 10, y: 100 }, { ...node, key: "c", label: "Vision", x: 65, y: 100 }], [107, 17, null]],
    ["one with both sides taken that must show: on its right all the same", [node, { ...node, key: "b", label: "B", x: 10, y: 100 }, { ...node, key: "c", label: "Vision", x: 65, y: 100, forceLabel: true }], [107, 17, 72]],
    ["labels a row apart: both on the right", [node, { ...node, key: "b", label: "A100", y: 120 }], [107, 107]],
  ])("labels: %s", (_, nodes, xs) => {
    const { context, written, at } = labelContext();
    for (const data of nodes) drawNodeLabel(context, data, settings);
    expect(
      nodes.map((data) => (written.includes(data.label!) ? at[written.indexOf(data.label!)] : null)),
      `labels: ${nodes.map((data) => data.label).join(", ")}`,
    ).toEqual(xs);
  });

  it("labels: each frame starts afresh, so the same nodes are labelled the same again", () => {
    const { context, written, at } = labelContext();
    const nodes = [node, { ...node, key: "b", label: "A100", x: 90, y: 104 }];
    for (const data of [...nodes, ...nodes]) drawNodeLabel(context, data, settings);
    expect(at, `labels: ${written.join(", ")}`).toEqual([107, 59, 107, 59]);
  });

  it("labels: on the bundled corpus's whole map, as zoomed in 2x, labels never cross each other nor leave the map", async () => {
    const atlas = await realAtlas();
    const { size, mapLabel } = computeAppearance(atlas.graph, atlas.communities);
    const [width, height, zoom] = [1000, 800, 2];
    const xs = atlas.graph.mapNodes((_n, a) => a.x);
    const ys = atlas.graph.mapNodes((_n, a) => a.y);
    const scale = zoom * Math.min(width / (Math.max(...xs) - Math.min(...xs)), height / (Math.max(...ys) - Math.min(...ys)));
    // As a cell of sigma's label grid hands labels over: largest first, of nodes drawn big enough, near enough the view.
    const nodes = atlas.graph
      .mapNodes((key, a) => ({ key, label: mapLabel.get(key) ?? null, color: "#000", size: zoom * size.get(key)!, x: width / 2 + (a.x - (Math.max(...xs) + Math.min(...xs)) / 2) * scale, y: height / 2 - (a.y - (Math.max(...ys) + Math.min(...ys)) / 2) * scale }))
      .filter((n) => n.label && n.size >= labelThreshold(atlas.graph.order) && n.x > -150 && n.x < width + 150 && n.y > -50 && n.y < height + 50)
      .sort((a, b) => b.size - a.size);
    const written: { label: string; box: Box }[] = [];
    const context = {
      canvas: { width, height },
      getTransform: () => ({ a: 1, d: 1 }),
      measureText: (text: string) => ({ width: 6 * text.length }),
      strokeText: () => {},
      fillText: (label: string, x: number, y: number) => written.push({ label, box: { left: x, right: x + 6 * label.length, top: y - 8, bottom: y + 4 } }),
    } as unknown as Context;
    for (const data of nodes) drawNodeLabel(context, data as Data, settings);
    expect(nodes.length, "labels: nodes big enough to label in view").toBeGreaterThan(40);
    expect(written.length, "labels: labels written").toBeGreaterThan(15);
    const crossing = written.flatMap((a, i) => written.slice(i + 1).filter((b) => overlaps(a.box, b.box)).map((b) => `${a.label} / ${b.label}`));
    expect(crossing, "labels: labels written across each other").toEqual([]);
    expect(written.filter(({ box }) => box.left < 0 || box.right > width).map((w) => w.label), "labels: labels off the map").toEqual([]);
  });

  it.each<[string, Data, [number, number], number | null]>([
    ["a label that would run under the selection's card: on its node's left", node, [140, 100], 69],
    ["one clear of the card, a row below: on the right", { ...node, y: 125 }, [140, 100], 107],
    ["the selection's own label: left to its card", { ...node, key: "s", label: "A100", x: 140 }, [140, 100], null],
    ["one under the card on its right, with no room on its left, that must show: on its right all the same", { ...node, x: 20, forceLabel: true }, [40, 100], 27],
    ["one under the card on its right, with a label on its left, that must show: across the label, clear of the card", { ...node, forceLabel: true }, [140, 100], 69],
    ["one under the card on its right, with a name on its left, that must show: across the name, clear of the card", { ...node, forceLabel: true, y: 60 }, [140, 60], 69],
    ["of a node under the card, that must show: from the card's edge, on the side with room", { ...node, forceLabel: true, x: 150 }, [140, 100], 102],
    ["of a node under the card, that need not show: left out", { ...node, x: 150 }, [140, 100], null],
  ])("labels: %s", (_, data, [cardX, cardY], x) => {
    const { context, written, at } = labelContext();
    setLabelCards(context.canvas, new Map([["s", hoverCard(context, { x: cardX, y: cardY, size: 4, label: "A100" }, settings).box]]));
    // A cluster's name across the left side of a node at (100, 60).
    setLabelKeepOut(context.canvas, [{ left: 60, right: 80, top: 50, bottom: 70 }]);
    // "Vision" at x 40 runs from 47 to 83, across the left side of a node at 100.
    if (data.forceLabel && data.x === 100 && data.y === 100) drawNodeLabel(context, { ...node, key: "b", label: "Vision", x: 40, y: 100 }, settings);
    drawNodeLabel(context, data, settings);
    expect(written.includes(data.label!) ? at[written.lastIndexOf(data.label!)] : null, `labels: ${data.label} at x ${data.x}`).toBe(x);
  });

  it("labels: a card covers its label and its node's disc, padded", () => {
    const { context } = labelContext();
    expect(hoverCard(context, { x: 140, y: 100, size: 4, label: "A100" }, settings).box, "labels: card of A100 at (140, 100)").toEqual({ left: 130, right: 178, top: 90, bottom: 110 });
  });

  it("labels: a card too long for the map on either side of its node is cut short, on the map", () => {
    const { context } = labelContext();
    const card = hoverCard(context, { x: 100, y: 100, size: 4, label: "Attention Bottlenecks for Multimodal Fusion" }, settings);
    expect([card.text, card.left, card.box.right], "labels: card of a 258 px title at x 100 on a map 200 px wide").toEqual(["Attention…", 106, 174]);
  });

  it.each<[string, { x: number; label: string }, number]>([
    ["a card that would cover the one placed before it: on its node's other side", { x: 60, label: "Vision" }, 10],
    ["one whose other side is off the map: where it would be, covering", { x: 50, label: "Vision Transformer" }, 56],
    ["one clear of it: where it would be", { x: 150, label: "Vision" }, 156],
  ])("labels: cards placed together, %s", (_, second, left) => {
    const { context } = labelContext();
    // A100's card, placed first, spans x 90 to 138 and y 90 to 110.
    const nodes = new Map([
      ["a", { x: 100, y: 100, size: 4, label: "A100" }],
      ["b", { ...second, y: 105, size: 4 }],
    ]);
    const placed = placeCards(context, nodes, settings);
    expect([placed.get("a")!.left, placed.get("b")!.left], `labels: A100 and ${second.label} at x ${second.x}`).toEqual([106, left]);
  });

  it("labels: a card that would cover the one placed before it, with the map's edge on its other side, is cut short there", () => {
    const { context } = labelContext();
    // A100's card spans x 20 to 68; the title's goes left of its node at x 110, from 0, across it.
    const nodes = new Map([
      ["a", { x: 30, y: 100, size: 4, label: "A100" }],
      ["b", { x: 110, y: 105, size: 4, label: "Vision Transformer Large" }],
    ]);
    const b = placeCards(context, nodes, settings).get("b")!;
    expect([b.text, b.left], "labels: the title's card, right of its node").toEqual(["Vision Tran…", 116]);
  });

  it("labels: a card with no room on its other side is cut short of the card in its way", () => {
    const { context } = labelContext();
    // A100's card spans x 140 to 188; the title's, right of its node at x 10, would run across it.
    const nodes = new Map([
      ["a", { x: 150, y: 100, size: 4, label: "A100" }],
      ["b", { x: 10, y: 105, size: 4, label: "Vision Transformer Large" }],
    ]);
    const b = placeCards(context, nodes, settings).get("b")!;
    expect([b.text, b.left, b.box.right], "labels: the title's card, short of A100's").toEqual(["Vision Transformer…", 16, 138]);
  });

  it("labels: a hover card starts where the label would", () => {
    const { context } = labelContext();
    expect([labelStart(context, 100, 6, 40), labelStart(context, 180, 6, 40)], "labels: cards right of x 100, left of x 180").toEqual([106, 134]);
  });
});

/**
 * A label canvas `width` by `height` (at a pixel ratio of 2, as sigma sets it up) that records each
 * label written and its box, each character 6 px wide and 12 px high, as `labelContext`'s.
 */
function islandContext(width = 400, height = 300): { context: Context; written: { label: string; box: Box }[] } {
  const written: { label: string; box: Box }[] = [];
  const context = {
    canvas: { width: 2 * width, height: 2 * height },
    getTransform: () => ({ a: 2, d: 2 }),
    measureText: (text: string) => ({ width: 6 * text.length }),
    strokeText: () => {},
    fillText: (label: string, x: number, y: number) => written.push({ label, box: { left: x, right: x + 6 * label.length, top: y - 10, bottom: y + 2 } }),
  } as unknown as Context;
  return { context, written };
}

type Island = { key: string; label: string; x: number; y: number; size: number; forceLabel?: boolean };

/** Draws one frame of island labels, largest first as sigma hands them over, and says what was written where. */
function drawIslands(islands: Island[], keptOut: Box[] = [], context = islandContext()) {
  setLabelKeepOut(context.context.canvas, keptOut);
  setIslands(context.context.canvas, islands.map(({ x, y, size }): Disc => ({ x, y, r: size })));
  for (const island of [...islands].sort((a, b) => b.size - a.size)) drawIslandLabel(context.context, island, settings);
  return context.written;
}

const where = (written: { label: string; box: Box }[]) => written.map(({ label, box }) => `${label} @${box.left}`);

describe("labels: the islands of the clusters' overview", () => {
  it.each<[string, number, number[]]>([
    ["in the middle: centred on the disc", 200, [170, 230]],
    ["near the left edge: moved right onto the map", 20, [0, 60]],
    ["near the right edge: moved left onto the map", 390, [340, 400]],
    ["past the left edge by more than half: still over the centre, off the map", -40, [-40, 20]],
  ])("labels: a 60 px label across an island %s", (_, x, [left, right]) => {
    const [across] = islandLabelBoxes(x, 100, 20, 60, 12, 400);
    expect([across!.left, across!.right], `labels: across an island at x ${x}`).toEqual([left, right]);
  });

  const big = { key: "0", label: "reasoning · retrieval", x: 200, y: 150, size: 30 };
  it.each<[string, Island[], Box[], string[], number?]>([
    ["alone: across its middle", [big], [], ["reasoning · retrieval @137"]],
    [
      "a small island just right of a large one: the large one's name goes left, clear of it, and the small one's across it",
      [big, { key: "1", label: "GPU", x: 250, y: 150, size: 8 }],
      [],
      ["reasoning · retrieval @40", "GPU @241"],
    ],
    ["a small island's name that would cross a larger island, or the map's edge, wherever it went: unnamed", [big, { key: "1", label: "Mixture of Experts", x: 200, y: 186, size: 4 }], [], ["reasoning · retrieval @137"], 205],
    [
      "a large island boxed in by others: named across them",
      [big, { key: "1", label: "a", x: 130, y: 150, size: 20 }, { key: "2", label: "b", x: 270, y: 150, size: 20 }, { key: "3", label: "c", x: 200, y: 90, size: 20 }, { key: "4", label: "d", x: 200, y: 210, size: 20 }],
      [],
      ["reasoning · retrieval @137", "a @127", "b @267", "c @197", "d @197"],
    ],
    [
      "room for no more than the first part of its name between two panels: that part alone",
      [big],
      [
        { left: 0, right: 165, top: 0, bottom: 300 },
        { left: 235, right: 400, top: 0, bottom: 300 },
      ],
      ["reasoning @173"],
    ],
    ["under a panel: unnamed", [big], [{ left: 0, right: 400, top: 0, bottom: 300 }], []],
    ["under a panel, but a trace's step: named all the same", [{ ...big, label: "2 · reasoning", forceLabel: true }], [{ left: 0, right: 400, top: 0, bottom: 300 }], ["2 · reasoning @161"]],
  ])("labels: %s", (_, islands, keptOut, expected, height) => {
    expect(where(drawIslands(islands, keptOut, islandContext(400, height))), `labels: ${islands.map((i) => i.label).join(", ")}`).toEqual(expected);
  });

  it("labels: the selected island is named on its card, and the names of the others keep clear of it", () => {
    const context = islandContext();
    // The card of the small island "1", selected: right of it, across the large island's middle.
    setLabelCards(context.context.canvas, new Map([["1", { left: 150, right: 260, top: 140, bottom: 160 }]]));
    const written = drawIslands([big, { key: "1", label: "GPU", x: 160, y: 150, size: 8 }], [], context);
    expect(written.map(({ label }) => label), "labels: names written").toEqual(["reasoning · retrieval"]);
    expect(written.some(({ box }) => overlaps(box, { left: 150, right: 260, top: 140, bottom: 160 })), "labels: a name under the card").toBe(false);
  });

  it("labels: each frame starts afresh, so the same islands are named the same again", () => {
    const context = islandContext();
    const islands = [big, { key: "1", label: "GPU", x: 250, y: 150, size: 8 }];
    drawIslands(islands, [], context);
    const first = where(context.written);
    context.written.length = 0;
    drawIslands(islands, [], context);
    expect(where(context.written), "labels: the second frame").toEqual(first);
  });

  it("labels: on the bundled corpus's overview, names never cross each other nor leave the map, and the largest islands are named", async () => {
    const graph = overviewGraph(await realOverview());
    const [width, height] = [1000, 800];
    const xs = graph.mapNodes((_n, a) => a.x);
    const ys = graph.mapNodes((_n, a) => a.y);
    const scale = Math.min(width / (Math.max(...xs) - Math.min(...xs)), height / (Math.max(...ys) - Math.min(...ys))) * 0.9;
    const islands = graph.mapNodes((key, a) => ({
      key,
      label: a.label,
      x: width / 2 + (a.x - (Math.max(...xs) + Math.min(...xs)) / 2) * scale,
      y: height / 2 - (a.y - (Math.max(...ys) + Math.min(...ys)) / 2) * scale,
      size: a.size * scale,
    }));
    const written = drawIslands(islands, [], islandContext(width, height));
    const crossing = written.flatMap((a, i) => written.slice(i + 1).filter((b) => overlaps(a.box, b.box)).map((b) => `${a.label} / ${b.label}`));
    expect(crossing, "labels: names written across each other").toEqual([]);
    expect(written.filter(({ box }) => box.left < 0 || box.right > width || box.top < 0 || box.bottom > height).map((w) => w.label), "labels: names off the map").toEqual([]);
    const largest = [...islands].sort((a, b) => b.size - a.size).slice(0, 8);
    const named = largest.filter((island) => written.some(({ label }) => island.label.startsWith(label)));
    expect(named.length, `labels: named of the 8 largest islands (${written.map((w) => w.label).join("; ")})`).toBeGreaterThanOrEqual(7);
  });
});
