/** Launch Debian's Chromium through playwright-core. On CI a missing browser fails the suite; elsewhere it is skipped with a notice. */
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI) throw new Error(`CI: ${CHROMIUM} is missing; install Debian's chromium (apt-get install -y chromium) to run the browser tests`);
  console.warn(`\n*** Browser tests skipped: ${CHROMIUM} not found (apt-get install chromium to run them) ***\n`);
}

export const DESKTOP = { width: 1400, height: 1000 }, PHONE = { width: 390, height: 844 };

/** `extraArgs`: more Chromium flags (e.g. --host-resolver-rules to point a test domain at loopback). */
export function launch(extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "wd-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: DESKTOP,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

/** Screenshots of the page as it is, at desktop and phone width, into test-artifacts/<name>-<width>.png; the viewport is put back. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync("test-artifacts", { recursive: true });
  const was = page.viewportSize() ?? DESKTOP;
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-artifacts/${name}-${size.width}.png` });
  }
  await page.setViewportSize(was);
}
