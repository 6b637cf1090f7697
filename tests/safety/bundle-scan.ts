/**
 * Reads a built JavaScript bundle as a syntax tree (TypeScript's parser, which reads plain
 * JavaScript) and lists what a mobile-safe, offline plugin must not contain. A text search
 * would trip over minisearch's own `fetch` method; the tree tells a call of the global
 * `fetch` from a method that happens to share its name.
 */
import * as ts from 'typescript';

/** Modules the host provides to a plugin; anything else in a `require` is a Node or stray import. */
export const ALLOWED_REQUIRE = /^(obsidian|@codemirror\/[a-z-]+|@lezer\/[a-z-]+)$/;

/** Globals and host functions that reach the network, wherever they appear. */
const NETWORK_NAMES = new Set(['XMLHttpRequest', 'WebSocket', 'EventSource', 'requestUrl', 'sendBeacon']);
/** `(?<=` and `(?<!`: lookbehind, which iOS Safari before 16.4 cannot even parse. */
const LOOKBEHIND = /\(\?<[=!]/;

/** One finding: what, and a short excerpt of the code. */
export interface Finding {
	readonly rule: 'network' | 'require' | 'lookbehind' | 'dynamic-import';
	readonly code: string;
}

/** Every finding in `source`. */
export function scanBundle(source: string): Finding[] {
	const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
	const findings: Finding[] = [];
	const excerpt = (node: ts.Node) => node.getText(file).slice(0, 80);
	const obsidian = obsidianBindings(file);
	const visit = (node: ts.Node): void => {
		if (ts.isIdentifier(node)) {
			if (NETWORK_NAMES.has(node.text) || isGlobalFetch(node)) findings.push({ rule: 'network', code: excerpt(node.parent) });
			// `require` handed around instead of called with a literal hides what it loads.
			if (node.text === 'require' && !(ts.isCallExpression(node.parent) && node.parent.expression === node)) findings.push({ rule: 'require', code: excerpt(node.parent) });
		} else if (ts.isPropertyAccessExpression(node)) {
			// Obsidian's other network helper, `request`, read off the obsidian module.
			if (node.name.text === 'request' && ts.isIdentifier(node.expression) && obsidian.has(node.expression.text)) findings.push({ rule: 'network', code: excerpt(node) });
		} else if (ts.isRegularExpressionLiteral(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			// A string can become a RegExp as well as a literal can.
			if (LOOKBEHIND.test(node.text)) findings.push({ rule: 'lookbehind', code: excerpt(node) });
		} else if (ts.isCallExpression(node)) {
			checkCall(node, findings, excerpt);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return findings;
}

/**
 * `fetch` as the global: called, passed around, or read off `window`/`globalThis`/`self`.
 * `x.fetch(...)`, `{ fetch() {} }` and `{ fetch: 1 }` are members that share the name
 * (minisearch's radix tree has a `fetch` method).
 */
function isGlobalFetch(node: ts.Identifier): boolean {
	if (node.text !== 'fetch') return false;
	const parent = node.parent;
	if (ts.isPropertyAccessExpression(parent) && parent.name === node) return /^(window|globalThis|self|activeWindow)$/.test(parent.expression.getText());
	return !((ts.isMethodDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name === node);
}

/** Names bound to `require("obsidian")` (possibly through an interop helper). */
function obsidianBindings(file: ts.SourceFile): Set<string> {
	const names = new Set<string>();
	const isRequireObsidian = (expr: ts.Expression | undefined): boolean =>
		expr !== undefined && ts.isCallExpression(expr) && ((ts.isIdentifier(expr.expression) && expr.expression.text === 'require' && expr.arguments.length === 1 && ts.isStringLiteral(expr.arguments[0]) && expr.arguments[0].text === 'obsidian') || isRequireObsidian(expr.arguments[0]));
	const visit = (node: ts.Node): void => {
		if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isRequireObsidian(node.initializer)) names.add(node.name.text);
		ts.forEachChild(node, visit);
	};
	visit(file);
	return names;
}

function checkCall(node: ts.CallExpression, findings: Finding[], excerpt: (node: ts.Node) => string): void {
	if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
		findings.push({ rule: 'dynamic-import', code: excerpt(node) });
		return;
	}
	if (!ts.isIdentifier(node.expression) || node.expression.text !== 'require') return;
	const [arg] = node.arguments;
	if (node.arguments.length !== 1 || !ts.isStringLiteral(arg) || !ALLOWED_REQUIRE.test(arg.text)) findings.push({ rule: 'require', code: excerpt(node) });
}
