import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type Sigma from "sigma";
import type { Coordinates } from "sigma/types";
import { sameCamera, type CameraView, type ViewState } from "../../state/view";

/** Reported after the camera has settled, not on every frame of a pan. */
const SETTLE_MS = 250;
/** Room left around a framed path, as a factor of its extent. */
const FRAME_MARGIN = 1.4;
const MIN_FRAME_RATIO = 0.08;

interface CameraControllerProps {
  camera: CameraView | null;
  focus: ViewState["focus"];
  /** Nodes to fit in view when they change, e.g. a newly traced path. */
  frame: string[] | null;
  onMoved: (camera: CameraView) => void;
}

/**
 * Keeps sigma's camera and the view state in step both ways: moves are
 * reported once they settle, and a camera restored from a link is applied.
 * Also flies to a node (framing its neighbours), or frames a set of nodes, when the view asks for it.
 */
export function CameraController({ camera, focus, frame, onMoved }: CameraControllerProps) {
  const sigma = useSigma<Coordinates>();
  // The listener lives as long as the renderer; it reports to whichever callback is current.
  const moved = useRef(onMoved);
  useEffect(() => {
    moved.current = onMoved;
  });

  useEffect(() => {
    const sigmaCamera = sigma.getCamera();
    let timer: number | undefined;
    const report = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const { x, y, ratio } = sigmaCamera.getState();
        moved.current({ x, y, ratio });
      }, SETTLE_MS);
    };
    sigmaCamera.on("updated", report);
    return () => {
      window.clearTimeout(timer);
      sigmaCamera.off("updated", report);
    };
  }, [sigma]);

  useEffect(() => {
    if (camera === null) return;
    const sigmaCamera = sigma.getCamera();
    if (!sameCamera(sigmaCamera.getState(), camera)) sigmaCamera.setState(camera);
  }, [sigma, camera]);

  useEffect(() => {
    const graph = sigma.getGraph();
    if (focus === null || !graph.hasNode(focus.node)) return;
    // The node with its whole neighbourhood in view: close enough to read, far enough to see all of it.
    const points = cameraPoints(sigma, [focus.node, ...graph.neighbors(focus.node)]);
    void sigma.getCamera().animate(frameOf(points), { duration: 600, easing: "quadraticInOut" });
  }, [sigma, focus]);

  // A link restores its own camera: only frames that appear after the first render move it. A
  // link without one (written by hand, or cut short) is shown its path.
  const initialFrame = useRef(camera === null ? null : frame);
  useEffect(() => {
    const graph = sigma.getGraph();
    if (frame === null || frame === initialFrame.current || frame.length === 0) return;
    const here = frame.filter((node) => graph.hasNode(node));
    // A path that passes through this graph at one node alone (it runs through other
    // communities) shows that node among its neighbours, not zoomed in on it alone.
    const points = cameraPoints(sigma, here.length === 1 ? [here[0]!, ...graph.neighbors(here[0]!)] : here);
    if (points.length > 0) void sigma.getCamera().animate(frameOf(points), { duration: 700, easing: "quadraticInOut" });
  }, [sigma, frame]);

  return null;
}

/**
 * Nodes in camera coordinates, from the graph's through the viewport: display data is unnormalised
 * until sigma's next frame. The normalisation itself is made when sigma processes the graph, so
 * sigma processes it first: right after mount it is not yet the loaded graph's, and a link's trace
 * framed then came out off the frame it was traced in.
 */
export function cameraPoints<N extends Coordinates>(sigma: Sigma<N>, nodes: readonly string[]): Coordinates[] {
  sigma.refresh();
  const graph = sigma.getGraph();
  return nodes.map((node) => sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(node))));
}

/** The camera that shows these points (in camera coordinates) with some room around them. */
export function frameOf(points: { x: number; y: number }[]): CameraView {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(MIN_FRAME_RATIO, Math.max(maxX - minX, maxY - minY) * FRAME_MARGIN));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}
