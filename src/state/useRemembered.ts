import { useCallback, useState } from "react";

const PREFIX = "paper-atlas:";

function read(key: string): boolean | undefined {
  try {
    const value = window.localStorage.getItem(PREFIX + key);
    return value === "true" ? true : value === "false" ? false : undefined;
  } catch {
    // Storage refused (a private window, a sandboxed frame): the default holds for this visit.
    return undefined;
  }
}

/**
 * A choice of how the page is laid out (a panel folded, say), kept in this browser for the next
 * visit; it is not the view, so it stays out of the shared link. `initial` holds until the user
 * chooses.
 */
export function useRemembered(key: string, initial: () => boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => read(key) ?? initial());
  const remember = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(PREFIX + key, String(next));
      } catch {
        // Not kept, as above; the choice still holds until the page is left.
      }
    },
    [key],
  );
  return [value, remember];
}
