import { SigmaContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useMemo, type ReactNode } from "react";
import { useModel } from "../model";
import type { CameraView, ViewState } from "../state/view";
import { CameraController } from "./controllers/CameraController";
import { ClusterLabels } from "./controllers/ClusterLabels";
import { EventsController } from "./controllers/EventsController";
import { MapToolbar } from "./controllers/MapToolbar";
import { ReducersController } from "./controllers/ReducersController";
import type { Scene } from "./scene";
import { sigmaSettings } from "./settings";

interface GraphMapProps {
  scene: Scene;
  camera: CameraView | null;
  focus: ViewState["focus"];
  community: number | null;
  frame: string[] | null;
  children?: ReactNode;
}

export function GraphMap({ scene, camera, focus, community, frame, children }: GraphMapProps) {
  const { atlas } = useModel();
  const settings = useMemo(() => sigmaSettings(atlas.graph), [atlas]);
  return (
    <SigmaContainer graph={atlas.graph} settings={settings} className="graph-map">
      <ReducersController scene={scene} />
      <EventsController />
      <CameraController camera={camera} focus={focus} frame={frame} />
      <ClusterLabels community={community} dimmed={scene.highlight !== null} />
      <MapToolbar scene={scene} />
      {children}
    </SigmaContainer>
  );
}
