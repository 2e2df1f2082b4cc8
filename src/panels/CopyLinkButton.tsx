import { CopyButton } from "./common";

/** The address bar always holds the view, so sharing is copying it. */
export function CopyLinkButton() {
  return <CopyButton className="copy-link" text={() => window.location.href} label="Copy link" copied="Link copied ✓" failed="Copy failed: use the address bar" />;
}
