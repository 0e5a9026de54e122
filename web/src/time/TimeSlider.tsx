// A time slider over years: a range (two handles, keyboard-usable native range inputs) and a play
// button that grows the window year by year from the first year, so a user can watch a network
// build up. Undated items are never hidden silently: the slider shows how many there are and a
// toggle to draw them too. Reusable: the view owns the state (usually in the URL).
import { useEffect, useRef } from "react";

export interface TimeSliderProps {
  /** First and last year the data covers. */
  min: number;
  max: number;
  /** The selected years, inclusive. */
  value: [number, number];
  onChange: (value: [number, number]) => void;
  /** How many items have no date (shown apart). */
  undatedCount: number;
  showUndated: boolean;
  onShowUndatedChange: (show: boolean) => void;
  /** What the items are, e.g. "meetings". */
  itemWord: string;
  /** How many items the current window shows. */
  shownCount?: number;
  /** Milliseconds per year while playing. */
  stepMs?: number;
}

export function TimeSlider(props: TimeSliderProps) {
  const { min, max, value, onChange } = props;
  const [from, to] = value;
  const playing = useRef<number | null>(null);
  const latest = useRef(props);
  latest.current = props;

  const stop = () => {
    if (playing.current !== null) window.clearInterval(playing.current);
    playing.current = null;
  };
  useEffect(() => stop, []);

  const play = () => {
    if (playing.current !== null) {
      stop();
      latest.current.onChange([...latest.current.value]);
      return;
    }
    const start = latest.current.value[0];
    let year = start;
    latest.current.onChange([start, year]);
    playing.current = window.setInterval(() => {
      year++;
      if (year > latest.current.max) {
        stop();
        latest.current.onChange([...latest.current.value]);
        return;
      }
      latest.current.onChange([start, year]);
    }, props.stepMs ?? 900);
  };

  const single = min === max;
  return (
    <fieldset className="time-slider" data-testid="time-slider">
      <legend>Time</legend>
      <div className="time-slider-row">
        <button type="button" onClick={play} aria-label={playing.current !== null ? "Stop" : `Play: grow the window year by year from ${from}`} disabled={single}>
          {playing.current !== null ? "■ Stop" : "▶ Play"}
        </button>
        <label>
          From <output>{from}</output>
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            value={from}
            disabled={single}
            aria-label="First year"
            onChange={(e) => {
              stop();
              const year = Number(e.target.value);
              onChange([Math.min(year, to), to]);
            }}
          />
        </label>
        <label>
          To <output>{to}</output>
          <input
            type="range"
            min={min}
            max={max}
            step={1}
            value={to}
            disabled={single}
            aria-label="Last year"
            onChange={(e) => {
              stop();
              const year = Number(e.target.value);
              onChange([from, Math.max(year, from)]);
            }}
          />
        </label>
        <button
          type="button"
          className="linklike"
          onClick={() => {
            stop();
            onChange([min, max]);
          }}
          disabled={from === min && to === max}
        >
          all years ({min}–{max})
        </button>
      </div>
      <p className="muted time-slider-status" aria-live="polite">
        {props.shownCount !== undefined && (
          <>
            {from === to ? `In ${from}` : `From ${from} to ${to}`}: {props.shownCount} {props.itemWord}.{" "}
          </>
        )}
        {props.undatedCount > 0 ? (
          <label>
            <input type="checkbox" checked={props.showUndated} onChange={(e) => props.onShowUndatedChange(e.target.checked)} /> also draw the{" "}
            {props.undatedCount} undated {props.itemWord} (listed apart below)
          </label>
        ) : (
          `Every ${props.itemWord.replace(/s$/, "")} is dated.`
        )}
      </p>
    </fieldset>
  );
}
