// `npm test`'s setup and the browser: when Chromium is missing and the setup cannot install it (here: not
// root), it says the exact command to run, the run goes on, and the browser tests fail with that message.
// (The root path really runs apt-get against Debian's mirrors, which a test does not do; see the README.)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { requireChromium } from "./support/chromium";

const NOBODY = 65534;
const setupScript = path.join(PROJECT_ROOT, "src", "cli", "ensure-install.cjs");

/**
 * Runs the setup of `npm <event>` as an unprivileged user, with CHROMIUM_PATH pointing at `browser`;
 * `only: "browser"` runs just the browser step (the whole setup may also rebuild web/, which an
 * unprivileged user cannot write).
 */
/** The browser step alone, copied where an unprivileged user can read it (a checkout may sit in a private folder). */
function readableBrowserStep(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "browser-step-"));
  fs.chmodSync(dir, 0o755);
  const file = path.join(dir, "ensure-browser.cjs");
  fs.copyFileSync(path.join(PROJECT_ROOT, "src", "cli", "ensure-browser.cjs"), file);
  fs.chmodSync(file, 0o644);
  return file;
}

/** Whether the unprivileged user can read the checkout itself (needed to run the whole setup as it). */
const checkoutReadableByNobody = () =>
  spawnSync("setpriv", [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, "-e", `require("fs").accessSync(${JSON.stringify(setupScript)}, require("fs").constants.R_OK)`], { encoding: "utf8" }).status === 0;

function runSetupAsNobody(event: "pretest" | "prestart", browser: string, only?: "browser") {
  const script = only ? ["-e", `require(${JSON.stringify(readableBrowserStep())}).ensureBrowser()`] : [setupScript];
  return spawnSync("setpriv", [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, ...script], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: os.tmpdir(), npm_lifecycle_event: event, CHROMIUM_PATH: browser },
    encoding: "utf8",
    timeout: 60_000,
  });
}

const missingBrowser = () => path.join(os.tmpdir(), `no-chromium-${process.pid}-${Math.random().toString(36).slice(2)}`, "chromium");

describe.runIf(process.getuid?.() === 0)("browser setup without root", () => {
  it("before npm test: prints the exact install command, does not fail the run, and the browser tests fail with that message", () => {
    const browser = missingBrowser();
    const result = runSetupAsNobody("pretest", browser, "browser");
    expect(result.status, result.stderr).toBe(0);
    // The whole setup of npm test runs that step too (checked where the checkout is readable by that user).
    if (checkoutReadableByNobody()) expect(runSetupAsNobody("pretest", missingBrowser()).stderr).toContain("Chromium is missing at");
    expect(result.stderr).toContain(`Chromium is missing at ${browser} (not running as root, so npm test cannot install it)`);
    expect(result.stderr).toContain("Install it with: sudo sh -c 'apt-get update && apt-get install -y chromium'");
    expect(result.stderr).toContain("or set CHROMIUM_PATH");
    expect(() => requireChromium(browser)).toThrow("Install it with: sudo sh -c 'apt-get update && apt-get install -y chromium'");
    expect(() => requireChromium(browser)).toThrow(`Chromium is missing at ${browser}`);
  });

  it("before npm start: the browser is not looked for", () => {
    const browser = missingBrowser();
    const result = runSetupAsNobody("prestart", browser);
    expect(result.stderr).not.toMatch(/chromium/i);
    // Without a note from the setup, the tests still fail with the command to run.
    expect(() => requireChromium(browser)).toThrow(/Chromium is missing at .*apt-get update && apt-get install -y chromium/);
  });
});

describe("the installed browser", () => {
  it("is found where the tests look for it", () => {
    const browser = requireChromium();
    expect(fs.statSync(browser).mode & 0o111).not.toBe(0);
  });
});
