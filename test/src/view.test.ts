import { describe, expect, it } from "vitest";
import { INITIAL_VIEW, viewReducer, type ViewAction, type ViewState } from "../../src/state/view";

const run = (actions: ViewAction[], from: ViewState = INITIAL_VIEW) => actions.reduce(viewReducer, from);

describe("view state: pure updates", () => {
  it.each<[string, ViewAction[], Partial<ViewState>]>([
    ["selecting a node", [{ type: "select", node: "e:h100" }], { selected: "e:h100", focus: null }],
    ["selecting from search asks the camera to fly there", [{ type: "select", node: "e:h100", focus: true }], { selected: "e:h100", focus: { node: "e:h100", seq: 1 } }],
    ["choosing the same node twice flies twice", [{ type: "select", node: "e:h100", focus: true }, { type: "select", node: "e:h100", focus: true }], { focus: { node: "e:h100", seq: 2 } }],
    ["selection clears a hover left by a vanished list entry", [{ type: "hover", node: "p:1" }, { type: "select", node: "p:1" }], { hovered: null, selected: "p:1" }],
    ["Esc clears the selection", [{ type: "select", node: "p:1" }, { type: "escape" }], { selected: null }],
    ["trace: from here, then the next pick ends it", [{ type: "select", node: "e:h100" }, { type: "traceFrom", node: "e:h100" }, { type: "select", node: "e:llm" }], { selected: "e:llm", trace: { from: "e:h100", to: "e:llm", picking: false } }],
    ["trace: picking the start again does not end it", [{ type: "traceFrom", node: "e:h100" }, { type: "select", node: "e:h100" }], { trace: { from: "e:h100", to: null, picking: true } }],
    ["trace: Esc cancels a pending pick before touching the selection", [{ type: "select", node: "e:h100" }, { type: "traceFrom", node: "e:h100" }, { type: "escape" }], { selected: "e:h100", trace: INITIAL_VIEW.trace }],
    ["trace: swap", [{ type: "traceFrom", node: "a" }, { type: "select", node: "b" }, { type: "swapTrace" }], { trace: { from: "b", to: "a", picking: false } }],
    ["trace: an end in another cluster ends the trace but is not selected", [{ type: "select", node: "a" }, { type: "traceFrom", node: "a" }, { type: "traceTo", node: "p:elsewhere" }], { selected: "a", trace: { from: "a", to: "p:elsewhere", picking: false } }],
    ["trace: an end without a start is no trace", [{ type: "traceTo", node: "p:elsewhere" }], { trace: INITIAL_VIEW.trace }],
    ["trace: clear", [{ type: "traceFrom", node: "a" }, { type: "select", node: "b" }, { type: "clearTrace" }], { trace: INITIAL_VIEW.trace }],
    ["colouring", [{ type: "setColouring", colouring: "type" }], { colouring: "type" }],
    ["category toggles on and off", [{ type: "toggleCategory", category: "paper" }, { type: "toggleCategory", category: "metric" }, { type: "toggleCategory", category: "paper" }], { filters: { ...INITIAL_VIEW.filters, hiddenCategories: ["metric"] } }],
    ["reversed years are put in order", [{ type: "setYears", years: [2025, 2023] }], { filters: { ...INITIAL_VIEW.filters, years: [2023, 2025] } }],
    ["minimum degree is a non-negative integer", [{ type: "setMinDegree", minDegree: -3.5 }], { filters: { ...INITIAL_VIEW.filters, minDegree: 0 } }],
    ["community focus and reset", [{ type: "focusCommunity", community: 3 }, { type: "setMinDegree", minDegree: 2 }, { type: "resetFilters" }], { filters: INITIAL_VIEW.filters }],
    ["edge kinds toggle, keeping a canonical order", [{ type: "toggleEdgeKind", kind: "mentions" }, { type: "toggleEdgeKind", kind: "mentions" }], { edgeKinds: INITIAL_VIEW.edgeKinds }],
  ])("%s", (_name, actions, expected) => {
    expect(run(actions)).toMatchObject(expected);
  });

  it("never mutates the previous state", () => {
    const before = structuredClone(INITIAL_VIEW);
    run([{ type: "select", node: "x" }, { type: "toggleCategory", category: "paper" }, { type: "traceFrom", node: "x" }, { type: "setYears", years: [2020, 2021] }]);
    expect(INITIAL_VIEW).toEqual(before);
  });

  it("returns the same object when nothing changes, so React skips the render", () => {
    const state = run([{ type: "hover", node: "a" }, { type: "cameraMoved", camera: { x: 0.5, y: 0.5, ratio: 1 } }]);
    expect(viewReducer(state, { type: "hover", node: "a" })).toBe(state);
    expect(viewReducer(state, { type: "cameraMoved", camera: { x: 0.50000001, y: 0.5, ratio: 1 } })).toBe(state);
    expect(viewReducer(state, { type: "escape" })).toBe(state);
  });

  it("restoring from a link keeps the transient hover", () => {
    const state = run([{ type: "hover", node: "a" }]);
    const restored = viewReducer(state, { type: "restore", view: { ...INITIAL_VIEW, selected: "b" } });
    expect(restored).toMatchObject({ selected: "b", hovered: "a" });
  });
});
