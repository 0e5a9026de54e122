// Worker thread for planSeedAsync: runs the per-record checks of one seed file at a time (checkFile)
// and sends the result back; the checks across records and files stay in the main thread.
import "reflect-metadata";
import { parentPort } from "node:worker_threads";
import { checkFile } from "./validate";

parentPort!.on("message", ({ index, dir, name }: { index: number; dir: string; name: string }) => {
  try {
    parentPort!.postMessage({ index, check: checkFile(dir, name) });
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
