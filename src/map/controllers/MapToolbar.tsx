import { useSigma } from "@react-sigma/core";
import { downloadAsPNG } from "@sigma/export-image";
import { useState } from "react";
import { useModel } from "../../model";
import { BACKGROUND } from "../appearance";
import { visibleSubgraphGexf } from "../exportGexf";
import type { Scene } from "../scene";

const FILE_NAME = "paper-atlas";

/** Zoom and export buttons over the map. */
export function MapToolbar({ scene }: { scene: Scene }) {
  const sigma = useSigma();
  const { atlas, appearance } = useModel();
  const [busy, setBusy] = useState(false);
  const camera = sigma.getCamera();

  const exportPng = async () => {
    setBusy(true);
    try {
      await downloadAsPNG(sigma, { fileName: FILE_NAME, backgroundColor: BACKGROUND });
    } finally {
      setBusy(false);
    }
  };
  const exportGexf = () => {
    const blob = new Blob([visibleSubgraphGexf(atlas.graph, appearance, scene)], { type: "application/xml" });
    download(blob, `${FILE_NAME}.gexf`);
  };

  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map">
      <button type="button" onClick={() => void camera.animatedZoom({ duration: 300 })} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => void camera.animatedUnzoom({ duration: 300 })} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={() => void camera.animatedReset({ duration: 400 })} aria-label="Fit the whole map" title="Fit the whole map">
        ⤢
      </button>
      <span className="toolbar-gap" />
      <button type="button" onClick={() => void exportPng()} disabled={busy} title="Download the current view as PNG">
        PNG
      </button>
      <button type="button" onClick={exportGexf} title="Download the visible subgraph as GEXF (Gephi)">
        GEXF
      </button>
    </div>
  );
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; the URL can go once it has been handed over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
