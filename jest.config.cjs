/** Jest: ts-jest in transpile-only mode (tsc --noEmit does the type checking). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/tests'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/tests/browser/'],
	transform: {
		'^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
	},
	moduleNameMapper: {
		'^obsidian$': '<rootDir>/tests/fakes/obsidian.ts',
	},
	globalSetup: '<rootDir>/tests/setup/global-setup.cjs',
	setupFiles: ['<rootDir>/tests/setup/polyfills.ts'],
};
