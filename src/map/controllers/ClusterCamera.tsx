import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { Coordinates } from "sigma/types";
import type { AtlasNodeAttributes } from "../../data/atlas";
import type { CameraView } from "../../state/view";
import { cameraPoints, frameOf } from "./CameraController";

/** Share of a cluster's nodes left out at each side of the frame. */
const STRAYS = 0.05;

/**
 * The corners of where most of the points are: a cluster's few nodes drawn far out among other
 * clusters' (a paper of several topics, a hub they share) would frame most of the map.
 */
function body(points: { x: number; y: number }[]): { x: number; y: number }[] {
  const at = (values: number[], share: number) => values[Math.min(values.length - 1, Math.floor(share * values.length))]!;
  const xs = points.map((p) => p.x).sort((a, b) => a - b);
  const ys = points.map((p) => p.y).sort((a, b) => a - b);
  return [
    { x: at(xs, STRAYS), y: at(ys, STRAYS) },
    { x: at(xs, 1 - STRAYS), y: at(ys, 1 - STRAYS) },
  ];
}

/**
 * A cluster picked hides the rest of the map and leaves it a patch of the screen: the camera
 * frames the cluster, and shows the whole map again once every cluster is back. A link's own
 * camera wins at the start; a link without one is shown its cluster framed. Renders nothing.
 */
export function ClusterCamera({ community, initialCamera }: { community: number | null; initialCamera: CameraView | null }) {
  const sigma = useSigma<AtlasNodeAttributes & Coordinates>();
  const shown = useRef<number | null | undefined>(initialCamera === null ? undefined : community);
  useEffect(() => {
    if (shown.current === community) return;
    const wasFocused = shown.current !== undefined && shown.current !== null;
    shown.current = community;
    const camera = sigma.getCamera();
    if (community === null) {
      if (wasFocused) void camera.animatedReset({ duration: 600 });
      return;
    }
    const graph = sigma.getGraph();
    const points = cameraPoints(sigma, graph.filterNodes((_key, a) => a.community === community));
    if (points.length > 0) void camera.animate(frameOf(body(points)), { duration: 600, easing: "quadraticInOut" });
  }, [sigma, community]);
  return null;
}
