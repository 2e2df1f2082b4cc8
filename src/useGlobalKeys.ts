import { useEffect, useRef, type RefObject } from "react";

/**
 * The page's keyboard shortcuts: "/" focuses the search box, Esc backs out
 * (clears the selection) unless the user is typing in another field.
 */
export function useGlobalKeys(searchInput: RefObject<HTMLInputElement | null>, onEscape: () => void): void {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if (event.key === "/" && !typing) {
        event.preventDefault();
        searchInput.current?.focus();
      } else if (event.key === "Escape" && !(typing && event.target !== searchInput.current)) {
        escape.current();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [searchInput]);
}
