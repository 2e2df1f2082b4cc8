import type Sigma from "sigma";
import { BACKGROUND } from "./appearance";
import { shareLabelRoom } from "./labels";

/** Text laid over the map that is part of its picture (cluster names), as opposed to the panels over it. */
const MAP_TEXT = "[data-map-text]";

/**
 * Downloads the map as it is on screen. Image export draws the graph again with a renderer of its
 * own: its labels are given the room the screen's have (clear of the cluster names and islands),
 * and the names, which the page lays over the map as text, are drawn onto its labels.
 */
export async function downloadMapImage(sigma: Sigma, fileName: string): Promise<void> {
  const { downloadAsPNG } = await import("@sigma/export-image");
  const container = sigma.getContainer();
  await downloadAsPNG(sigma, {
    fileName,
    backgroundColor: BACKGROUND,
    withTempRenderer: (renderer) => {
      const canvases = renderer.getCanvases();
      const labels = canvases.labels!;
      shareLabelRoom({ labels: sigma.getCanvases().labels!, hovers: sigma.getCanvases().hovers! }, { labels, hovers: canvases.hovers! });
      renderer.refresh();
      drawMapText(labels.getContext("2d")!, container);
    },
  });
}

/**
 * Writes the visible text of each `MAP_TEXT` element beside sigma's `container` at its place on
 * screen, word by word (and a hyphenated word piece by piece), so that the lines break where the
 * page broke them, in its font, colour and opacity.
 */
function drawMapText(context: CanvasRenderingContext2D, container: HTMLElement): void {
  const origin = container.getBoundingClientRect();
  // The controllers' layers are the container's siblings, in the root react-sigma makes.
  const root = container.parentElement ?? container;
  for (const element of root.querySelectorAll<HTMLElement>(MAP_TEXT)) {
    const style = getComputedStyle(element);
    if (style.visibility !== "visible" || style.display === "none") continue;
    const opacity = opacityOf(element, root);
    if (opacity === 0) continue;
    context.save();
    context.globalAlpha = opacity;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.letterSpacing = style.letterSpacing === "normal" ? "0px" : style.letterSpacing;
    context.textBaseline = "middle";
    const shadows = textShadows(style.textShadow);
    const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = text.nextNode(); node; node = text.nextNode()) {
      // A hyphen is a place to break too ("MULTI-" | "HEAD"): each piece is drawn where its own line put it.
      for (const word of node.textContent!.matchAll(/[^\s-]*-+|[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const box = range.getBoundingClientRect();
        const shown = style.textTransform === "uppercase" ? word[0].toUpperCase() : word[0];
        const [x, y] = [box.left - origin.left, box.top - origin.top + box.height / 2];
        // The page's halo is its text-shadows, each the glyphs drawn blurred in their colour.
        for (const shadow of shadows) {
          Object.assign(context, shadow, { fillStyle: shadow.shadowColor });
          context.fillText(shown, x, y);
        }
        Object.assign(context, NO_SHADOW, { fillStyle: style.color });
        context.fillText(shown, x, y);
      }
    }
    context.restore();
  }
}

type Shadow = Pick<CanvasShadowStyles, "shadowColor" | "shadowOffsetX" | "shadowOffsetY" | "shadowBlur">;

const NO_SHADOW: Shadow = { shadowColor: "transparent", shadowOffsetX: 0, shadowOffsetY: 0, shadowBlur: 0 };

/**
 * A computed `text-shadow` ("rgb(247, 248, 250) 0px 0px 3px, …") as canvas shadows. CSS blur
 * radius and canvas shadow blur are both twice the Gaussian's deviation, so they carry over as
 * they are.
 */
function textShadows(textShadow: string): Shadow[] {
  return [...textShadow.matchAll(/(rgba?\([^)]*\)|#[\da-f]+)\s+(-?[\d.]+)px\s+(-?[\d.]+)px(?:\s+([\d.]+)px)?/gi)].map(([, colour, x, y, blur]) => ({
    shadowColor: colour!,
    shadowOffsetX: Number(x),
    shadowOffsetY: Number(y),
    shadowBlur: Number(blur ?? 0),
  }));
}

/** The opacity `element` is drawn with: its own and that of each ancestor below `root`. */
function opacityOf(element: HTMLElement, root: HTMLElement): number {
  let opacity = 1;
  for (let at: HTMLElement | null = element; at && at !== root; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
  return opacity;
}
