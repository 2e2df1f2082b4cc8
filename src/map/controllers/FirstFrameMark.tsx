import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { mark, MARKS } from "../../perf";

/**
 * Marks the explorer's first paint. Sigma draws its first frame while being
 * built, before its children mount; two animation frames later it is on
 * screen (each frame waits for the previous one's drawing to finish). Renders nothing.
 */
export function FirstFrameMark() {
  const sigma = useSigma();
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      // The frame after next: by then the compositor has shown the one sigma drew.
      frame = requestAnimationFrame(() => mark(MARKS.firstFrame));
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma]);
  return null;
}
