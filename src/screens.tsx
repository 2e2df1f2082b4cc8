import type { AtlasLoadError } from "./data/load";

export function Loading({ text }: { text: string }) {
  return (
    <div className="screen" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <p>{text}</p>
    </div>
  );
}

const TITLES: Record<AtlasLoadError["problem"], string> = {
  missing: "No graph data yet",
  invalid: "The graph data is damaged",
  version: "The graph data is from another version",
};

export function LoadFailure({ error }: { error: AtlasLoadError }) {
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
