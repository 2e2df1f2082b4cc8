import { useSigma } from "@react-sigma/core";
import { useState } from "react";
import { downloadMapImage } from "../exportImage";

const FILE_NAME = "paper-atlas";

/**
 * Zoom and export buttons over the map; `gexf` and `papers` write what is shown, when
 * asked. The image exporter loads on first use: it is not needed to draw the map.
 */
export function MapToolbar({ gexf, papers }: { gexf: () => Promise<string>; papers?: (format: "csv" | "bibtex") => Promise<string> }) {
  const sigma = useSigma();
  const [busy, setBusy] = useState(false);
  const camera = sigma.getCamera();

  const exportPng = async () => {
    setBusy(true);
    try {
      await downloadMapImage(sigma, FILE_NAME);
    } finally {
      setBusy(false);
    }
  };
  const exportText = async (make: () => Promise<string>, type: string, fileName: string) => {
    setBusy(true);
    try {
      download(new Blob([await make()], { type }), fileName);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map" data-map-overlay>
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
      <button type="button" onClick={() => void exportText(gexf, "application/xml", `${FILE_NAME}.gexf`)} disabled={busy} title="Download the visible subgraph as GEXF (Gephi)">
        GEXF
      </button>
      {papers && (
        <>
          <button
            type="button"
            onClick={() => void exportText(() => papers("csv"), "text/csv;charset=utf-8", `${FILE_NAME}-papers.csv`)}
            disabled={busy}
            title="Download the papers shown as CSV: titles, dates, authors, links, clusters, entities"
          >
            CSV
          </button>
          <button
            type="button"
            onClick={() => void exportText(() => papers("bibtex"), "application/x-bibtex;charset=utf-8", `${FILE_NAME}-papers.bib`)}
            disabled={busy}
            title="Download the papers shown as BibTeX, for a reference manager"
          >
            BIB
          </button>
        </>
      )}
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
