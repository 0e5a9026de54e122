#!/usr/bin/env node
// Runs before `npm start` and `npm test`: installs the npm dependencies when node_modules is missing
// or older than package-lock.json, so both README commands work on a fresh clone. Plain JavaScript
// because it runs before TypeScript tooling exists.
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
