// Copies the built plugin into examples/vault and enables it there, so opening that
// folder in Obsidian shows the plugin working. The target folder is git-ignored.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLUGIN_ID = 'conference-talks';

export function installIntoExampleVault(root = process.cwd()) {
	const vault = join(root, 'examples', 'vault');
	if (!existsSync(vault)) return;
	const target = join(vault, '.obsidian', 'plugins', PLUGIN_ID);
	mkdirSync(target, { recursive: true });
	for (const file of ['main.js', 'manifest.json', 'styles.css']) {
		if (existsSync(join(root, file))) copyFileSync(join(root, file), join(target, file));
	}
	const enabledFile = join(vault, '.obsidian', 'community-plugins.json');
	let enabled = [];
	try {
		enabled = JSON.parse(readFileSync(enabledFile, 'utf8'));
	} catch {
		enabled = [];
	}
	if (!enabled.includes(PLUGIN_ID)) enabled.push(PLUGIN_ID);
	writeFileSync(enabledFile, JSON.stringify(enabled, null, 2) + '\n');
}
