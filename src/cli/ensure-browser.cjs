// The browser the tests drive: Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Called by
// ensure-install.cjs before `npm test` only (`npm start` needs no browser). When it is missing and we
// are root, installs it from Debian packages (apt-get update, then apt-get install -y chromium), under
// a machine-wide lock so two runs never drive apt at once. When it cannot (not root, no apt-get, the
// install failed), it prints the exact command to run and leaves a note that the browser tests read
// (tests/support/chromium.ts): those tests then fail with that message; nothing else is held up.
// Plain JavaScript because it runs before TypeScript tooling exists.
"use strict";
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const DEFAULT_CHROMIUM = "/usr/bin/chromium";
const INSTALL_COMMAND = "apt-get update && apt-get install -y chromium";
const LOCK_FILE = path.join(os.tmpdir(), "sti-graph-chromium-install.lock");
const LOCK_WAIT_MS = 15 * 60_000;

function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** Where the last setup run leaves its reason when the browser is missing (one file per browser path). */
function noteFile(browser) {
  const digest = crypto.createHash("sha256").update(browser).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `sti-graph-browser-setup-${digest}.txt`);
}

/** The message a browser test fails with when the browser is missing. */
function missingMessage(browser, reason) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const command = root ? INSTALL_COMMAND : `sudo sh -c '${INSTALL_COMMAND}'`;
  return (
    `Chromium is missing at ${browser}${reason ? ` (${reason})` : ""}. ` +
    `Install it with: ${command}` +
    (browser === DEFAULT_CHROMIUM ? "" : `, or set CHROMIUM_PATH to a Chromium binary (now ${browser})`)
  );
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the machine-wide install lock, waiting for a live holder; false when the wait ran out. */
function takeLock() {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK_FILE, String(process.pid), { flag: "wx" });
      return true;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const holder = Number(fs.readFileSync(LOCK_FILE, "utf8").trim());
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      fs.rmSync(LOCK_FILE, { force: true }); // left by a run that died
      continue;
    }
    if (Date.now() > deadline) return false;
    if (!told) console.error(`[setup] another run (pid ${holder}) is installing Chromium; waiting for it (${LOCK_FILE}) …`);
    told = true;
    sleep(1000);
  }
}

function run(command, args) {
  console.error(`[setup] ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.error) return `${command} could not run: ${result.error.message}`;
  return result.status === 0 ? null : `${command} ${args[0]} exited with ${result.status ?? result.signal}`;
}

/** Installs Chromium when it is missing and we can; returns null when it is there, else the reason. */
function installChromium(browser) {
  if (!(typeof process.getuid === "function" && process.getuid() === 0)) return "not running as root, so npm test cannot install it";
  if (spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status !== 0) return "apt-get is not available on this machine";
  if (!takeLock()) return `another run held ${LOCK_FILE} for more than ${LOCK_WAIT_MS / 60_000} minutes`;
  try {
    // The run that held the lock may have installed it meanwhile.
    if (fs.existsSync(browser)) return null;
    console.error("[setup] Chromium (for the browser tests) is missing: installing it from Debian packages …");
    const started = Date.now();
    const failure = run("apt-get", ["update"]) ?? run("apt-get", ["install", "-y", "chromium"]);
    if (failure) return failure;
    if (!fs.existsSync(browser)) return `apt-get installed chromium, but ${browser} still does not exist`;
    console.error(`[setup] Chromium installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return null;
  } finally {
    fs.rmSync(LOCK_FILE, { force: true });
  }
}

/** Makes sure the test browser exists; never fails the run (only the browser tests fail without it). */
function ensureBrowser(env = process.env) {
  const browser = chromiumPath(env);
  const note = noteFile(browser);
  if (fs.existsSync(browser)) {
    fs.rmSync(note, { force: true });
    return true;
  }
  let reason;
  try {
    reason = installChromium(browser);
  } catch (error) {
    reason = `the install failed: ${error.message}`;
  }
  if (reason === null) {
    fs.rmSync(note, { force: true });
    return true;
  }
  const message = missingMessage(browser, reason);
  console.error(`[setup] ${message}\n[setup] The browser tests will fail until then; the other tests run.`);
  try {
    fs.writeFileSync(note, `${message}\n`);
  } catch {
    // The tests then give the generic message (tests/support/chromium.ts).
  }
  return false;
}

module.exports = { ensureBrowser, chromiumPath, noteFile, missingMessage, INSTALL_COMMAND };
