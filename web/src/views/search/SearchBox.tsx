// Search with suggestions as you type (the API's `search`: names, aliases in Latin and Japanese
// script, acronyms). An ARIA combobox: arrows move through the suggestions, Enter opens one (or
// the full results when none is picked), Escape closes the list, then clears the text.
import { useEffect, useId, useRef, useState } from "react";
import { searchEntities } from "../../api/queries";
import type { SearchHit } from "../../api/types";
import { href, idSegment, navigate } from "../../app/router";
import { kindStyle } from "../../ui/kinds";

export function SearchBox({ compact = false, initial = "", autoFocus = false }: { compact?: boolean; initial?: string; autoFocus?: boolean }) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const input = useRef<HTMLInputElement>(null);

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
      searchEntities(query, 8, controller.signal).then(
        (result) => {
          setHits(result.edges.map((e) => e.node));
          setTotal(result.totalCount);
          setActive(-1);
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
  }, [text]);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    setText("");
    navigate(`/entity/${idSegment(hit.entity.id)}`);
  };
  const showAll = () => {
    setOpen(false);
    navigate(href("/search", { q: text.trim() }));
  };

  const expanded = open && text.trim() !== "";
  return (
    <div className={compact ? "searchbox compact" : "searchbox"}>
      <label htmlFor={`${id}-input`} className={compact ? "visually-hidden" : undefined}>
        Find a person, institution, project, event …
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Name, alias (e.g. 桂誠) or acronym"
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
            setOpen(true);
            setActive((i) => (hits.length ? (i <= 0 ? hits.length - 1 : i - 1) : -1));
          } else if (e.key === "Enter") {
            e.preventDefault();
            const hit = active >= 0 ? hits[active] : undefined;
            if (hit) choose(hit);
            else if (text.trim()) showAll();
          } else if (e.key === "Escape") {
            if (expanded) setOpen(false);
            else setText("");
          }
        }}
      />
      <ul id={listId} role="listbox" className="suggestions" hidden={!expanded} aria-label="Suggestions">
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
        {total > hits.length && (
          <li role="presentation" className="muted">
            {total - hits.length} more: press Enter for every result
          </li>
        )}
      </ul>
    </div>
  );
}
