import { useEffect, useState } from "react";
import { asLoadError, loadData, type AtlasLoadError, type Loaded } from "./data/load";
import { Explorer } from "./Explorer";
import { mark, MARKS } from "./perf";
import { LoadFailure, Loading } from "./screens";
import { OverviewExplorer } from "./overview/OverviewExplorer";

type LoadState = { status: "loading" } | { status: "ready"; data: Loaded } | { status: "failed"; error: AtlasLoadError };

export function App() {
  const [state, setState] = useState<LoadState>({ status: "loading" });

  useEffect(() => {
    // Only the last load counts: a second atlas would swap the graph under a live renderer.
    let current = true;
    loadData().then(
      (data) => {
        mark(MARKS.data);
        if (current) setState({ status: "ready", data });
      },
      (error: unknown) => current && setState({ status: "failed", error: asLoadError(error) }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (state.status === "ready")
    return state.data.kind === "full" ? <Explorer atlas={state.data.atlas} /> : <OverviewExplorer overview={state.data.overview} />;
  if (state.status === "failed") return <LoadFailure error={state.error} />;
  return <Loading text="Loading the atlas…" />;
}
