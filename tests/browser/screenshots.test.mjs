// The explorer on the seed and example vaults, light and dark: readable text in both themes
// (WCAG contrast of the main text against what it sits on), and a screenshot of each.
// Screenshots go to a temp dir; `UPDATE_SCREENSHOTS=1` writes them to docs/screenshots/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildInTemp, EXAMPLE_VAULT, launch, openDemo, ROOT, search, SEED_VAULT } from './demo-harness.mjs';

const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : mkdtempSync(join(tmpdir(), 'talks-shots-'));
mkdirSync(OUT, { recursive: true });

/** Contrast ratios of the explorer's main text against the nearest opaque background behind it. */
function contrasts(page) {
	return page.evaluate(() => {
		const rgb = (css) => (css.match(/[\d.]+/g) ?? []).map(Number);
		const luminance = ([r, g, b]) => {
			const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
			return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
		};
		// Composites the translucent backgrounds from the element up to the first opaque one.
		const backgroundOf = (el) => {
			const layers = [];
			for (let node = el; node; node = node.parentElement) {
				const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
				if (a > 0) layers.push([r, g, b, a]);
				if (a >= 1) break;
			}
			let color = [255, 255, 255];
			for (const [r, g, b, a] of layers.reverse()) color = [r * a + color[0] * (1 - a), g * a + color[1] * (1 - a), b * a + color[2] * (1 - a)];
			return color;
		};
		const ratio = (el) => {
			const fg = luminance(rgb(getComputedStyle(el).color));
			const bg = luminance(backgroundOf(el));
			return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
		};
		const out = {};
		for (const selector of ['.ct-title', '.ct-row-meta', '.ct-summary', '.ct-topic', '.ct-group-label', '.ct-search', '.ct-chip-label', '.ct-card-name']) {
			const el = document.querySelector(selector);
			if (el) out[selector] = Math.round(ratio(el) * 10) / 10;
		}
		return out;
	});
}

/** What each screenshot shows: the vault, then what to do before the picture. */
const SCENES = [
	{
		name: 'explorer-seed',
		vault: SEED_VAULT,
		async setup(page) {
			await search(page, 'zig');
			await page.locator('.ct-row').first().locator('.ct-chevron').click();
			await page.waitForSelector('.ct-row.is-expanded .ct-notes li');
			await page.locator('.ct-row').first().locator('.ct-title').click();
			await page.waitForSelector('.ct-flash-line');
		},
	},
	{
		name: 'explorer-example',
		vault: EXAMPLE_VAULT,
		async setup(page) {
			await page.locator('.ct-speaker', { hasText: 'Carl Lerche' }).first().click();
			await page.locator('select.ct-kind-select').selectOption('talk');
			await page.locator('.ct-row').first().locator('.ct-chevron').click();
			await page.waitForSelector('.ct-row.is-expanded .ct-notes');
		},
	},
];

describe('the explorer in light and dark', () => {
	let browser;
	const demos = new Map();
	before(async () => {
		browser = await launch();
		for (const scene of SCENES) demos.set(scene.name, await buildInTemp(scene.vault));
	});
	after(async () => {
		await browser?.close();
		for (const demo of demos.values()) demo.cleanup();
	});

	for (const scene of SCENES) {
		for (const theme of ['light', 'dark']) {
			it(`${scene.name} (${theme}): readable, no errors, screenshot`, async () => {
				const { page, errors } = await openDemo(browser, demos.get(scene.name).url, { theme });
				await scene.setup(page);
				// The picture shows the explorer at rest, not the pointer's hover.
				await page.mouse.move(700, 880);
				const sidebar = await page.evaluate(() => getComputedStyle(document.querySelector('.mod-right-split')).backgroundColor);
				assert.equal(sidebar, theme === 'light' ? 'rgb(246, 246, 246)' : 'rgb(38, 38, 38)');
				const ratios = await contrasts(page);
				for (const [selector, ratio] of Object.entries(ratios)) assert.ok(ratio >= 4.5, `${selector} contrast ${ratio} in ${theme}`);
				assert.ok(Object.keys(ratios).length >= 6, `measured ${Object.keys(ratios).join(', ')}`);
				await page.screenshot({ path: join(OUT, `${scene.name}-${theme}.png`) });
				assert.deepEqual(errors, []);
				await page.close();
			});
		}
	}
});
