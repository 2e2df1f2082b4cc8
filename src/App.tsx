import { useEffect, useState } from "react";
import { AtlasLoadError, BUILD_COMMAND, loadAtlas, type Atlas } from "./data/load";
import { Explorer } from "./Explorer";

type Loading = { status: "loading" } | { status: "ready"; atlas: Atlas } | { status: "failed"; error: AtlasLoadError };

export function App() {
  const [state, setState] = useState<Loading>({ status: "loading" });

  useEffect(() => {
    // Only the last load counts: a second atlas would swap the graph under a live renderer.
    let current = true;
    loadAtlas().then(
      (atlas) => current && setState({ status: "ready", atlas }),
      (error: unknown) =>
        current &&
        setState({
          status: "failed",
          error: error instanceof AtlasLoadError ? error : new AtlasLoadError("invalid", String(error), `Rebuild the data with \`${BUILD_COMMAND}\`.`),
        }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (state.status === "ready") return <Explorer atlas={state.atlas} />;
  if (state.status === "failed") return <LoadFailure error={state.error} />;
  return (
    <div className="screen" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <p>Loading the atlas…</p>
    </div>
  );
}

const TITLES: Record<AtlasLoadError["problem"], string> = {
  missing: "No graph data yet",
  invalid: "The graph data is damaged",
  version: "The graph data is from another version",
};

function LoadFailure({ error }: { error: AtlasLoadError }) {
  return (
    <div className="screen">
      <div className="failure" role="alert">
        <h1>{TITLES[error.problem]}</h1>
        <p>{error.message}</p>
        <p>
          <Hint text={error.hint} />
        </p>
      </div>
    </div>
  );
}

/** Renders `command` spans of the hint as code, so the command is easy to spot and copy. */
function Hint({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith("`") ? <code key={i}>{part.slice(1, -1)}</code> : part));
}
