// Progress on stderr for long work (validation, load, export): a redrawn bar when stderr is a
// terminal, otherwise a plain line at most every few seconds (and at each phase change), so logs of
// scripts and CI stay readable. stdout is left alone for results.

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Seconds between plain lines when not a terminal. */
  lineEverySeconds?: number;
  quiet?: boolean;
}

export class Progress {
  private readonly stream: NodeJS.WriteStream;
  private readonly tty: boolean;
  private readonly lineEveryMs: number;
  private phase = "";
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(private readonly options: ProgressOptions = {}) {
    this.stream = options.stream ?? process.stderr;
    this.tty = Boolean(this.stream.isTTY);
    this.lineEveryMs = (options.lineEverySeconds ?? 5) * 1000;
  }

  /** `total` may be unknown (null): then only the count is shown. */
  update(phase: string, done: number, total: number | null): void {
    if (this.options.quiet) return;
    const now = Date.now();
    const changed = phase !== this.phase;
    const finished = total !== null && done >= total;
    if (this.tty) {
      if (!changed && !finished && now - this.lastDraw < 100) return;
      if (changed && this.drawn) this.stream.write("\n");
      this.stream.write(`\r${this.line(phase, done, total, true)}\x1b[K`);
      this.drawn = true;
    } else {
      if (!changed && !finished && now - this.lastDraw < this.lineEveryMs) return;
      this.stream.write(`${this.line(phase, done, total, false)}\n`);
    }
    this.phase = phase;
    this.lastDraw = now;
  }

  /** Ends the bar's line (terminal) so later output starts on a fresh line. */
  done(): void {
    if (this.tty && this.drawn) this.stream.write("\n");
    this.drawn = false;
  }

  private line(phase: string, done: number, total: number | null, bar: boolean): string {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const count = total === null ? `${done.toLocaleString("en")}` : `${done.toLocaleString("en")}/${total.toLocaleString("en")}`;
    if (total === null || total === 0) return `${phase} ${count} (${seconds} s)`;
    const share = Math.min(1, done / total);
    const percent = `${Math.floor(share * 100)}%`.padStart(4);
    if (!bar) return `${phase} ${percent} ${count} (${seconds} s)`;
    const width = 28;
    const filled = Math.round(share * width);
    return `${phase.padEnd(14)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${percent} ${count} ${seconds} s`;
  }
}
