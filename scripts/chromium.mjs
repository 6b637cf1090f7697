// Debian's chromium (the package, never a download), headless, as the browser tests and the
// browser benchmark launch it: one place for its path and flags.
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches Chromium. */
export function launchChromium() {
	return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}
