// The colour key: one entry per kind present in the drawn graph.
import { kindStyle } from "../ui/kinds";

export function Legend({ kinds, extra }: { kinds: string[]; extra?: Array<{ label: string; color: string; line?: boolean }> }) {
  return (
    <ul className="legend" aria-label="Legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className="swatch" style={{ background: kindStyle(kind).color }} aria-hidden="true" />
          {kindStyle(kind).label}
        </li>
      ))}
      {extra?.map((item) => (
        <li key={item.label}>
          <span className={item.line ? "swatch line" : "swatch"} style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
