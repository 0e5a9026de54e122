// The browser the tests drive, and the reason it is missing. `npm test`'s setup (src/cli/ensure-browser.cjs)
// installs Debian's Chromium when it can; when it cannot, it leaves a note with the exact command to run,
// and every browser test fails with that message (never skipped).
import fs from "node:fs";
import { createRequire } from "node:module";

const setup = createRequire(__filename)("../../src/cli/ensure-browser.cjs") as {
  chromiumPath(env?: NodeJS.ProcessEnv): string;
  noteFile(browser: string): string;
  missingMessage(browser: string, reason?: string): string;
};

/** Path of the Chromium binary: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const CHROMIUM = setup.chromiumPath(process.env);

/** The Chromium binary; throws the setup's message (with the command to install it) when it is missing. */
export function requireChromium(browser: string = CHROMIUM): string {
  if (fs.existsSync(browser)) return browser;
  const note = setup.noteFile(browser);
  const message = fs.existsSync(note) ? fs.readFileSync(note, "utf8").trim() : setup.missingMessage(browser, "npm test's setup did not run or could not install it");
  throw new Error(message);
}
