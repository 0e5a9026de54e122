// Where an export writes: text chunks to a stream, waiting for it to drain (backpressure), so a slow
// reader (an HTTP client, a disk) holds the export back instead of filling memory.
import type { Writable } from "node:stream";
import type { ExportEdge, ExportNode } from "../attributes";

export interface Sink {
  write(chunk: string): Promise<void>;
}

export function streamSink(stream: Writable): Sink {
  return {
    write(chunk: string): Promise<void> {
      if (stream.destroyed) return Promise.reject(new Error("the output was closed before the export finished"));
      if (stream.write(chunk)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const done = (error?: Error) => {
          stream.off("drain", onDrain);
          stream.off("close", onClose);
          stream.off("error", done);
          if (error) reject(error);
          else resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new Error("the output was closed before the export finished"));
        stream.once("drain", onDrain);
        stream.once("close", onClose);
        stream.once("error", done);
      });
    },
  };
}

/** One format: header, node batches, the switch to edges, edge batches, footer. */
export interface GraphWriter {
  begin(): Promise<void>;
  nodes(batch: ExportNode[]): Promise<void>;
  /** The switch from nodes to edges, for the formats that mark it (GEXF, CSV). */
  startEdges?(): Promise<void>;
  edges(batch: ExportEdge[]): Promise<void>;
  end(): Promise<void>;
}
