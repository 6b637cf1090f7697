// ESLint 9 flat config: obsidianmd's recommended rules (type-checked) over src and
// tests, plus the architecture's own rules: the core never imports obsidian or any
// other layer, so it can run in Node, in a worker or in the CLI.
import tseslint from 'typescript-eslint';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default tseslint.config(
	{
		ignores: ['node_modules/', 'main.js', 'dist/', 'demo/', 'examples/', 'coverage/', '.test-results/', 'bench-vaults/', '**/*.mjs', '**/*.cjs', 'bin/', 'package.json', 'package-lock.json', 'versions.json', 'tsconfig.json'],
	},
	...obsidianmd.configs.recommended,
	{
		files: ['**/*.ts'],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
			globals: { ...globals.browser },
		},
	},
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['obsidian'], message: 'The core never imports obsidian: pass what it needs in.' },
						{ group: ['@codemirror/*', '../../obsidian/*', '../obsidian/*', '../../ui/*', '../ui/*', '../../cli/*', '../cli/*', '../../editor/*', '../editor/*'], message: 'The core imports nothing outside src/core.' },
						{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core must run in Obsidian on mobile: no Node API.' },
					],
				},
			],
		},
	},
	{
		// The CLI and the tests run in Node: Node APIs are their job, and tests drive fakes.
		files: ['src/cli/**/*.ts', 'src/bench/**/*.ts', 'tests/**/*.ts'],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			'import/no-nodejs-modules': 'off',
			'obsidianmd/no-nodejs-modules': 'off',
			// Outside Obsidian there is no obsidian `moment` and no Vault#configDir: Node code reads
			// the vault's .obsidian folder itself and parses dates with the moment package.
			'@typescript-eslint/no-restricted-imports': 'off',
			'obsidianmd/hardcoded-config-path': 'off',
		},
	},
	{
		// Tests poke at fakes and fixtures; these rules guard plugin code, not test scaffolding.
		files: ['tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/unbound-method': 'off',
			'obsidianmd/ui/sentence-case': 'off',
			'obsidianmd/no-global-this': 'off',
		},
	},
);
