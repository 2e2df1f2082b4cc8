import { SigmaContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useMemo, useState, type ReactNode } from "react";
import { useDispatch, useModel } from "../model";
import type { CameraView, ViewState } from "../state/view";
import { CameraController } from "./controllers/CameraController";
import { ClusterCamera } from "./controllers/ClusterCamera";
import { ClusterLabels } from "./controllers/ClusterLabels";
import { ContainerResize } from "./controllers/ContainerResize";
import { EventsController } from "./controllers/EventsController";
import { FirstFrameMark } from "./controllers/FirstFrameMark";
import { HoverController } from "./controllers/HoverController";
import { LabelCards } from "./controllers/LabelCards";
import { MapToolbar } from "./controllers/MapToolbar";
import { papersBibtex, papersCsv, shownPapers } from "./exportPapers";
import { ReducersController } from "./controllers/ReducersController";
import { createReducers } from "./reducers";
import { HoverLayer, type Scene } from "./scene";
import { sigmaSettings } from "./settings";

interface GraphMapProps {
  scene: Scene;
  /** A large map's hovered node, drawn over the scene (see LIGHT_HOVER_ABOVE). */
  hoveredOver: string | null;
  camera: CameraView | null;
  focus: ViewState["focus"];
  community: number | null;
  frame: string[] | null;
  children?: ReactNode;
}

export function GraphMap({ scene, hoveredOver, camera, focus, community, frame, children }: GraphMapProps) {
  const { atlas, appearance } = useModel();
  const dispatch = useDispatch();
  // The renderer is built once per graph, with the reducers of the view it opens on: no first frame is wasted.
  const [initialScene] = useState(scene);
  const [hover] = useState(() => new HoverLayer());
  const settings = useMemo(() => sigmaSettings(atlas.graph, createReducers(atlas.graph, appearance, initialScene, hover)), [atlas, appearance, initialScene, hover]);
  const carded = useMemo(
    () => [scene.selected, scene.hovered, hoveredOver, ...(scene.highlight?.isPath ? scene.highlight.nodes : [])].filter((node) => node !== null),
    [scene, hoveredOver],
  );
  return (
    <SigmaContainer graph={atlas.graph} settings={settings} className="graph-map">
      <ReducersController scene={scene} initial={initialScene} hover={hover} />
      <HoverController node={hoveredOver} layer={hover} />
      <FirstFrameMark />
      <ContainerResize />
      <EventsController />
      <CameraController camera={camera} focus={focus} frame={frame} onMoved={(moved) => dispatch({ type: "cameraMoved", camera: moved })} />
      <ClusterCamera community={community} initialCamera={camera} />
      <LabelCards nodes={carded} />
      <ClusterLabels community={community} dimmed={scene.highlight !== null} colouring={scene.colouring} />
      <MapToolbar
        gexf={() => import("./exportGexf").then(({ visibleSubgraphGexf }) => visibleSubgraphGexf(atlas.graph, appearance, scene))}
        papers={async (format) => (format === "csv" ? papersCsv : papersBibtex)(await shownPapers(atlas, scene))}
      />
      {children}
    </SigmaContainer>
  );
}
