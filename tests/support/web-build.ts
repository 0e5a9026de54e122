// Browser tests need web/dist: build it when missing or stale, the same way `npm test` does first
// (so running one test file on its own works too).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config/config";

export const WEB_DIST = path.join(PROJECT_ROOT, "web", "dist");

export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, "src", "cli", "ensure-install.cjs")], { cwd: PROJECT_ROOT, stdio: "inherit" });
}
