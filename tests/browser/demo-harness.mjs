// Shared by the browser tests: build the demo page for a vault into a temp dir, open it in
// headless Chromium (the Debian package, never a download), and collect page errors.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { buildDemo } from '../../scripts/demo.mjs';

/** The repository root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * The seed vault: the shared fixtures beside the repository, or the repository's own copy of
 * the seed note on a machine without them (a fresh CI clone). And the example vault.
 */
const SHARED_SEED = resolve(ROOT, '../shared/fixtures/vaults/seed');
export const SEED_VAULT = existsSync(SHARED_SEED) ? SHARED_SEED : join(ROOT, 'tests/fixtures/vaults/seed');
export const EXAMPLE_VAULT = join(ROOT, 'examples/vault');

/** Launches Chromium (scripts/chromium.mjs). */
export { launchChromium as launch } from '../../scripts/chromium.mjs';

/** Builds the demo of `vault` into a fresh temp dir; returns its file:// URL and a cleanup. */
export async function buildInTemp(vault, options = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'talks-demo-'));
	const index = await buildDemo({ vault, out: dir, ...options });
	return { url: pathToFileURL(index).href, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Opens the demo in a new page and waits for `__talksDemo.ready`. `errors` collects uncaught
 * page errors and console errors (a test asserts it stays empty).
 */
export async function openDemo(browser, url, { theme = 'light', width = 1400, height = 900 } = {}) {
	const page = await browser.newPage({ viewport: { width, height } });
	const errors = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
	});
	await page.goto(theme === 'dark' ? `${url}?theme=dark` : url);
	await page.waitForFunction(() => window.__talksDemo !== undefined);
	await page.evaluate(() => window.__talksDemo.ready);
	await page.waitForSelector('.ct-row');
	return { page, errors };
}

/** The explorer's row titles, in order. */
export function rowTitles(page) {
	return page.$$eval('.ct-explorer .ct-row .ct-title', (els) => els.map((el) => el.textContent));
}

/** Types into the explorer's search field and waits until the list settled on the result. */
export async function search(page, text) {
	const input = page.locator('.ct-explorer input[type=search]');
	await input.fill('');
	await input.pressSequentially(text);
	await page.waitForFunction((q) => window.__talksDemo.app.workspace.getLeavesOfType('conference-talks-explorer')[0]?.view.lastScreen?.state.query === q, text);
}
