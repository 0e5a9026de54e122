#!/usr/bin/env node
// Runs before `npm start` and `npm test`: installs the npm dependencies when node_modules is missing
// or older than package-lock.json, then builds the web app (web/dist: the explorer and the GraphQL
// IDE) when it is missing or older than any file under web/, so both README commands work on a
// fresh clone; before `npm start` it also builds the compiled service (dist/, ./ensure-dist.cjs).
// Plain JavaScript because it runs before TypeScript tooling exists.
"use strict";
const { execSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const lock = path.join(root, "package-lock.json");
const marker = path.join(root, "node_modules", ".package-lock.json");

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node ${process.versions.node} is too old: this project needs Node >= 20.19.`);
  process.exit(1);
}

// Before `npm test` only: the Chromium the browser tests drive, installed from Debian when missing.
if (process.env.npm_lifecycle_event === "pretest") require("./ensure-browser.cjs").ensureBrowser();

const stale = !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs;
if (stale) {
  console.error("[setup] installing npm dependencies (npm ci) …");
  try {
    execSync("npm ci --no-audit --no-fund", { cwd: root, stdio: "inherit" });
  } catch {
    console.error("[setup] npm ci failed: see the output above.");
    process.exit(1);
  }
}

// The web app: rebuilt when web/dist is missing, or older than a source file under web/, than
// schema.graphql (bundled into the IDE) or than the installed dependencies. Built assets are never
// committed.
const web = path.join(root, "web");
const builtPage = path.join(web, "dist", "index.html");
const skipped = new Set([path.join(web, "dist"), path.join(web, "screenshots")]);
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skipped.has(full)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}
const builtAt = fs.existsSync(builtPage) ? fs.statSync(builtPage).mtimeMs : 0;
const sourcesAt = Math.max(
  newestSource(web),
  fs.statSync(path.join(root, "schema.graphql")).mtimeMs,
  fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0,
);
if (builtAt < sourcesAt) {
  console.error(`[setup] building the web app (${builtAt ? "web/ changed" : "web/dist is missing"}): vite build → web/dist …`);
  const started = Date.now();
  const vite = path.join(root, "node_modules", "vite", "bin", "vite.js");
  try {
    execSync(`"${process.execPath}" "${vite}" build --config web/vite.config.mts`, {
      cwd: root,
      stdio: "inherit",
    });
  } catch {
    console.error("[setup] building the web app failed: see the output above (run `npm run build:web` to retry).");
    process.exit(1);
  }
  console.error(`[setup] web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Before `npm start` only: the compiled service it runs (dist/, src/cli/ensure-dist.cjs).
if (process.env.npm_lifecycle_event === "prestart") {
  try {
    require("./ensure-dist.cjs").ensureDist();
  } catch (error) {
    console.error(`[setup] ${error.message}`);
    process.exit(1);
  }
}
