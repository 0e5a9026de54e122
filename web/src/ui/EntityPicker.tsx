// Picks one entity with the search suggestions (the API's `search`), for views that take entities as
// parameters (connection ends, a project, a place, a participant). An ARIA combobox like the search box:
// arrows move, Enter picks, Escape closes; the picked entity shows as a chip that can be cleared.
import { useEffect, useId, useState } from "react";
import { searchEntities } from "../api/queries";
import type { EntityRef, SearchHit } from "../api/types";
import { kindStyle } from "./kinds";

export interface EntityPickerProps {
  label: string;
  value: EntityRef | null;
  onChange: (entity: EntityRef | null) => void;
  /** Only these kinds (EntityKind values such as "PROJECT"). */
  kinds?: string[];
  placeholder?: string;
  /** data-testid of the text input. */
  testId?: string;
}

export function EntityPicker({ label, value, onChange, kinds, placeholder, testId }: EntityPickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const kindKey = kinds?.join(",") ?? "";

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setHits([]);
      setStatus("idle");
      return;
    }
    const controller = new AbortController();
    setStatus("loading");
    const timer = window.setTimeout(() => {
      searchEntities(query, 8, controller.signal, kinds).then(
        (result) => {
          setHits(result.edges.map((e) => e.node));
          setActive(result.edges.length > 0 ? 0 : -1);
          setStatus("idle");
        },
        () => {
          if (!controller.signal.aborted) setStatus("error");
        },
      );
    }, 150);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, kindKey]);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    setText("");
    onChange({ id: hit.entity.id, kind: hit.entity.kind, name: hit.entity.name });
  };

  const expanded = open && text.trim() !== "";
  return (
    <div className="entity-picker searchbox">
      <label htmlFor={`${id}-input`}>{label}</label>
      {value && (
        <p className="picked">
          <span className="kind-badge" style={{ background: kindStyle(value.kind).color }}>
            {kindStyle(value.kind).label}
          </span>{" "}
          <strong data-picked-id={value.id}>{value.name}</strong>{" "}
          <button type="button" className="linklike" onClick={() => onChange(null)} aria-label={`Clear ${label}`}>
            change
          </button>
        </p>
      )}
      <input
        id={`${id}-input`}
        data-testid={testId}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? "Type a name, alias or acronym"}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (hits.length ? (i + 1) % hits.length : -1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => (hits.length ? (i <= 0 ? hits.length - 1 : i - 1) : -1));
          } else if (e.key === "Enter") {
            e.preventDefault();
            const hit = active >= 0 ? hits[active] : undefined;
            if (hit) choose(hit);
          } else if (e.key === "Escape") {
            if (expanded) setOpen(false);
            else setText("");
          }
        }}
      />
      <ul id={listId} role="listbox" className="suggestions" hidden={!expanded} aria-label={`Suggestions for ${label}`}>
        {status === "error" && (
          <li className="state-error" role="presentation">
            Search failed: the server is not reachable.
          </li>
        )}
        {status !== "error" && hits.length === 0 && (
          <li className="muted" role="presentation">
            {status === "loading" ? "Searching …" : "No match."}
          </li>
        )}
        {hits.map((hit, i) => (
          <li
            key={hit.entity.id}
            id={`${listId}-${i}`}
            role="option"
            data-entity-id={hit.entity.id}
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(hit)}
            onMouseEnter={() => setActive(i)}
          >
            <span className="kind-badge" style={{ background: kindStyle(hit.entity.kind).color }}>
              {kindStyle(hit.entity.kind).label}
            </span>{" "}
            <span className="hit-name">{hit.entity.name}</span>
            {hit.entity.aliases.length > 0 && <span className="muted"> · {hit.entity.aliases.slice(0, 3).join(", ")}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
