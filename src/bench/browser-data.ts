/**
 * Node side of the browser latency check (scripts/bench-browser.mjs): writes a profile's
 * notes, settings and generated talks as one JSON file for the page to read.
 */
import { writeFileSync } from 'node:fs';
import { generateVault } from './generate-vault';
import { isProfileName } from './profiles';
import type { BrowserBenchData } from './browser-page';
import { vaultNotes } from './vault-notes';

const [profile, out] = process.argv.slice(2);
if (!profile || !isProfileName(profile) || !out) {
	process.stderr.write('usage: browser-data <tiny|realistic|stress> <out.json>\n');
	process.exit(2);
}
const vault = generateVault(profile);
const notes = vaultNotes(vault);
const data: BrowserBenchData = { inputs: notes.inputs, settings: notes.settings, talks: vault.talks };
writeFileSync(out, JSON.stringify(data));
