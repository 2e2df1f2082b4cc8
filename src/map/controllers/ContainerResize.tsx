import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

/**
 * Sigma fits its canvases to the container on a window resize only. A side panel folded or
 * unfolded resizes the map with the window unchanged: the map would stay stretched to its old
 * size. Refreshes on a change of the container's size, not on the first report, which is the
 * size sigma was built at. Renders nothing.
 */
export function ContainerResize() {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    const observer = new ResizeObserver(() => {
      const { width, height } = sigma.getDimensions();
      if (container.offsetWidth !== width || container.offsetHeight !== height) sigma.scheduleRefresh();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
