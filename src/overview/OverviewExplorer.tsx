import { useEffect, useMemo, useRef, useState } from "react";
import type { Atlas } from "../data/atlas";
import { asLoadError, type AtlasLoadError } from "../data/load";
import type { Overview } from "../data/overview";
import { Explorer } from "../Explorer";
import type { OverviewNavigation } from "../model";
import { NO_TRACE, openOf, overviewToHash } from "../state/url";
import { LoadFailure, Loading } from "../screens";
import { OverviewPage } from "./OverviewPage";

type Opened = { id: number; atlas: Atlas } | { id: number; error: AtlasLoadError };

/** The community a link opens, if this overview has it. */
function openIn(overview: Overview): number | null {
  const id = openOf(window.location.hash);
  return id !== null && overview.community(id) ? id : null;
}

/**
 * A graph too large to draw at once: the map of its communities, and each
 * community's own graph in the full explorer once opened. Which one is on
 * screen lives in the URL (`open=<id>`), so links and Back work across both.
 */
export function OverviewExplorer({ overview }: { overview: Overview }) {
  const [open, setOpen] = useState(() => openIn(overview));
  const [opened, setOpened] = useState<Opened | null>(null);
  const openNow = useRef(open);
  useEffect(() => {
    openNow.current = open;
  });

  useEffect(() => {
    const follow = () => setOpen(openIn(overview));
    window.addEventListener("popstate", follow);
    return () => window.removeEventListener("popstate", follow);
  }, [overview]);

  useEffect(() => {
    if (open === null) return;
    let current = true;
    overview.open(open).then(
      (atlas) => current && setOpened({ id: open, atlas }),
      (error: unknown) => current && setOpened({ id: open, error: asLoadError(error) }),
    );
    return () => {
      current = false;
    };
  }, [overview, open]);

  const navigation = useMemo<OverviewNavigation>(
    () => ({
      overview,
      open(community, node, trace) {
        const params = new URLSearchParams({ open: String(community) });
        if (node !== undefined) params.set("node", node);
        if (trace?.from) {
          params.set("from", trace.from);
          if (trace.to) params.set("to", trace.to);
        }
        window.history.pushState(null, "", `${window.location.pathname}${window.location.search}#${params}`);
        setOpen(community);
      },
      leave(trace = NO_TRACE) {
        // Back on the overview, the community just left is the one in the panel.
        const hash = overviewToHash({ selected: openNow.current, trace, camera: null });
        window.history.pushState(null, "", `${window.location.pathname}${window.location.search}${hash}`);
        setOpen(null);
      },
    }),
    [overview],
  );

  if (open === null) return <OverviewPage overview={overview} navigation={navigation} />;
  if (opened === null || opened.id !== open) return <Loading text={`Opening the cluster “${overview.community(open)?.info.label}”…`} />;
  if ("error" in opened) return <LoadFailure error={opened.error} />;
  return <Explorer key={open} atlas={opened.atlas} navigation={navigation} />;
}
