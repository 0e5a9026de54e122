// The production build: dist/ (tsc -p tsconfig.build.json: src/ as CommonJS JavaScript), which
// `npm start` runs with plain node instead of tsx (issue 18: no TypeScript loader hook on every
// require, no source-map formatting of stack traces). Rebuilt when dist/ is missing, or older than any
// file under src/, the tsconfig files or the installed dependencies. tsc writes into a fresh folder
// beside dist/ that then replaces it, so a process starting at the same moment never loads half a
// build. Development and the tests keep running src/ through tsx. Plain JavaScript because it runs
// before TypeScript tooling exists (src/cli/ensure-install.cjs calls it before `npm start`).
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");
const entry = path.join(dist, "index.js");

function newest(dir) {
  let at = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    at = Math.max(at, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return at;
}

/** True when dist/ is missing or older than what it is built from. */
function distIsStale() {
  if (!fs.existsSync(entry)) return true;
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const sourcesAt = Math.max(
    newest(path.join(root, "src")),
    ...["tsconfig.json", "tsconfig.build.json"].map((file) => fs.statSync(path.join(root, file)).mtimeMs),
    fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0,
  );
  return fs.statSync(entry).mtimeMs < sourcesAt;
}

/** Builds dist/ when stale; returns true when it built. Throws with tsc's output when the build fails. */
function ensureDist({ log = (line) => console.error(line) } = {}) {
  if (!distIsStale()) return false;
  log(`[setup] building the service (${fs.existsSync(entry) ? "src/ changed" : "dist/ is missing"}): tsc -p tsconfig.build.json → dist …`);
  const started = Date.now();
  const building = path.join(root, `dist.building-${process.pid}`);
  fs.rmSync(building, { recursive: true, force: true });
  try {
    const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json"), "--outDir", building], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const old = path.join(root, `dist.old-${process.pid}`);
    if (fs.existsSync(dist)) fs.renameSync(dist, old);
    fs.renameSync(building, dist);
    fs.rmSync(old, { recursive: true, force: true });
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim();
    throw new Error(`building dist/ failed (tsc -p tsconfig.build.json)${output ? `:\n${output}` : `: ${error.message}`}`);
  }
  log(`[setup] service built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

module.exports = { ensureDist, distIsStale, DIST_ENTRY: entry };
