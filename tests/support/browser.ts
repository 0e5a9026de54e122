// Debian's Chromium, headless, driven by playwright-core (Playwright's own browser download cannot
// work here). Every request to a host other than this machine is aborted and recorded, and so is
// every Content-Security-Policy violation and page error, so a test can assert the pages load
// nothing from outside. Screenshots go to tests/artifacts/ (ignored by git).
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/config/config";
import { requireChromium } from "./chromium";

export { CHROMIUM } from "./chromium";
export const ARTIFACTS = path.join(PROJECT_ROOT, "tests", "artifacts");

// --enable-unsafe-swiftshader: WebGL on the CPU (sigma draws with WebGL; there is no GPU here).
// Playwright gives every launch a fresh temporary profile (user-data-dir) and adds --headless.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  /** URLs of every request to another host (all were aborted). A test asserts this stays empty. */
  external: string[];
  /** Content-Security-Policy violations and uncaught page errors seen on any page. */
  pageErrors: string[];
  newPage(): Promise<Page>;
  /** Saves tests/artifacts/<name>.png and returns its path. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  // Missing: fails with the setup's message and the exact command to install it (./chromium.ts).
  const executablePath = requireChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 900 }, locale: "en-GB" });
  const external: string[] = [];
  const pageErrors: string[] = [];
  // Catches every request of every page, frame and dedicated worker of the context.
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    let host = "";
    try {
      host = new URL(url).hostname;
    } catch {
      // not a URL with a host (data:, blob:): local by nature
    }
    if (host === "" || LOCAL_HOSTS.has(host)) return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });
  // A request the page's CSP refuses never reaches the network (or the route above): record those too.
  await context.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (event) => {
      console.error("CSP violation: " + event.violatedDirective + " blocked " + event.blockedURI);
    });`,
  });
  context.on("page", (page) => {
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().startsWith("CSP violation")) pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  });
  return {
    browser,
    context,
    external,
    pageErrors,
    newPage: () => context.newPage(),
    screenshot: async (page, name, shot = {}) => {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
      return file;
    },
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}
