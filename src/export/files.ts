// Where an export from the command line goes: one file (--out), the three files of a CSV export in a
// directory (--out-dir), or stdout. The HTTP route streams to the response instead.
import fs from "node:fs";
import path from "node:path";
import type { ExportOutput } from "./index";
import type { ExportFormat } from "./selection";
import type { CsvPart } from "./writers/csv";
import { streamSink } from "./writers/sink";

export interface FileDestination {
  output: ExportOutput;
  /** What was written, for the closing message: the file(s) or "stdout". */
  written: string;
  /** Ends the files (not stdout) and waits until they are flushed. */
  close(): Promise<void>;
}

/** Opens the output of an export: csv into `outDir` (nodes.csv, sources.csv, relationships.csv), else `out`, else stdout. */
export function openFileDestination(format: ExportFormat, target: { out?: string; outDir?: string }): FileDestination {
  const streams: fs.WriteStream[] = [];
  const open = (file: string) => {
    const stream = fs.createWriteStream(file);
    streams.push(stream);
    return streamSink(stream);
  };
  const close = async () => {
    await Promise.all(streams.map((s) => new Promise<void>((resolve, reject) => s.end((error?: Error | null) => (error ? reject(error) : resolve())))));
  };
  if (format === "csv" && target.outDir !== undefined) {
    const dir = target.outDir;
    fs.mkdirSync(dir, { recursive: true });
    const file = (part: CsvPart) => path.join(dir, `${part}.csv`);
    const output = { nodes: open(file("nodes")), sources: open(file("sources")), relationships: open(file("relationships")) };
    return { output, written: `${file("nodes")}, ${file("sources")} and ${file("relationships")}`, close };
  }
  if (target.out !== undefined) return { output: { sink: open(target.out) }, written: target.out, close };
  return { output: { sink: streamSink(process.stdout) }, written: "stdout", close };
}
