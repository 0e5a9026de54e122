// Setup file of the "writers" project (vitest.config.mts): each writer file owns the whole graph of
// the writers' Neo4j while it runs (it wipes it, loads its fixture, writes), so the files take turns:
// before its first hook a file takes the lock (a folder: mkdir is atomic), after its last it gives it
// back. The lock names its holder's pid, so a holder that died without giving it back (a crashed
// worker) does not block the run. The first file also waits until that Neo4j is up and migrated.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";

const { readyFile, lockDir } = inject("writers");
const owner = path.join(lockDir, "pid");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryLock(): boolean {
  try {
    fs.mkdirSync(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    let holder = NaN;
    try {
      holder = Number(fs.readFileSync(owner, "utf8") || NaN);
    } catch {
      return false; // taken right now (no pid yet), or given back meanwhile
    }
    // A lock whose holder is gone is abandoned.
    if (Number.isNaN(holder) || alive(holder)) return false;
    fs.rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
  fs.writeFileSync(owner, String(process.pid));
  return true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let held = false;

beforeAll(async () => {
  while (!tryLock()) await sleep(100);
  held = true;
  for (;;) {
    const ready = fs.existsSync(readyFile) ? fs.readFileSync(readyFile, "utf8") : "";
    if (ready === "ok") break;
    if (ready) throw new Error(ready);
    await sleep(100);
  }
}, 900_000);

afterAll(() => {
  if (held) fs.rmSync(lockDir, { recursive: true, force: true });
  held = false;
});
