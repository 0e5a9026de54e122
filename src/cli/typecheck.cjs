#!/usr/bin/env node
// The type checks: the service and tests (tsconfig.json) and the web app (web/tsconfig.json),
// incremental (their build info in node_modules/.cache/tsc). `npm run typecheck` runs both side by
// side (each is mostly one core's work) and exits 1 if either finds an error, after printing both
// outputs; `npm test` runs them as tests/typecheck.test.ts, beside the other test files. Plain
// JavaScript: it runs before anything is compiled.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });

function check(name, project) {
  const args = [tsc, "--noEmit", "--incremental", "--tsBuildInfoFile", `node_modules/.cache/tsc/${name}.tsbuildinfo`, "-p", project];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", (error) => resolve({ name, project, code: 1, output: `could not start tsc: ${error.message}\n` }));
    child.once("close", (code, signal) => resolve({ name, project, code: code ?? 1, output: signal ? `${output}tsc stopped by ${signal}\n` : output }));
  });
}

/** The type-checked projects: a name (for the build info) and the folder of its tsconfig.json. */
const PROJECTS = [
  { name: "root", project: "." },
  { name: "web", project: "web" },
];

module.exports = { check, PROJECTS };

function main() {
  Promise.all(PROJECTS.map(({ name, project }) => check(name, project))).then((results) => {
    let failed = false;
    for (const { project, code, output } of results) {
      if (output) process.stdout.write(output);
      if (code !== 0) {
        failed = true;
        console.error(`[typecheck] tsc -p ${project} found errors (exit ${code})`);
      }
    }
    process.exitCode = failed ? 1 : 0;
  });
}

if (require.main === module) main();
