import { useEffect, useState } from "react";

type Status = "idle" | "copied" | "failed";

/** The address bar always holds the view, so sharing is copying it. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = window.setTimeout(() => setStatus("idle"), 2000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = () => {
    navigator.clipboard.writeText(window.location.href).then(
      () => setStatus("copied"),
      () => setStatus("failed"),
    );
  };

  return (
    <button type="button" className="copy-link" onClick={copy} aria-live="polite">
      {status === "copied" ? "Link copied ✓" : status === "failed" ? "Copy failed: use the address bar" : "Copy link"}
    </button>
  );
}
