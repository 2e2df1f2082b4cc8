import { useEffect, useRef, type Dispatch } from "react";
import { hashToView, openOf, viewToHash, type UrlContext } from "./url";
import type { ViewAction, ViewState } from "./view";

/**
 * Keeps the address bar in step with the view. Choosing another node or trace
 * adds a history entry, so Back returns to the previous one; filters, colouring
 * and camera moves replace the current entry. A Back to another community of
 * an overview than `context.open` is the parent's to follow.
 */
export function useUrlSync(view: ViewState, dispatch: Dispatch<ViewAction>, context: UrlContext): void {
  const previous = useRef(view);

  useEffect(() => {
    const hash = viewToHash(view, context);
    const before = previous.current;
    previous.current = view;
    if (hash === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    const navigated = before.selected !== view.selected || before.trace.from !== view.trace.from || before.trace.to !== view.trace.to;
    if (navigated) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, [view, context]);

  useEffect(() => {
    const restore = () => {
      if (openOf(window.location.hash) === (context.open ?? null)) dispatch({ type: "restore", view: hashToView(window.location.hash, context) });
    };
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, [dispatch, context]);
}
