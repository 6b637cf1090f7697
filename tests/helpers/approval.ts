/**
 * Approval tests: compare rendered output with `tests/approved/<name>.approved.md`,
 * a file a person has read and accepted. On a mismatch the new output is written
 * next to it as `<name>.received.md` (review it, then rename it over the approved
 * file to accept); the first run writes the approved file, except on CI, where a
 * missing approved file fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const APPROVED_DIR = join(__dirname, '..', 'approved');

/** Fails the test unless `received` equals the approved file called `name`. */
export function verifyApproved(name: string, received: string): void {
	const text = received.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');
	const approvedPath = join(APPROVED_DIR, `${name}.approved.md`);
	const receivedPath = join(APPROVED_DIR, `${name}.received.md`);
	if (!existsSync(approvedPath)) {
		if (process.env.CI) throw new Error(`No approved file ${approvedPath}: run the tests locally, review and commit it`);
		mkdirSync(APPROVED_DIR, { recursive: true });
		writeFileSync(approvedPath, text);
		return;
	}
	const approved = readFileSync(approvedPath, 'utf8').replace(/\r\n?/g, '\n');
	if (approved === text) {
		rmSync(receivedPath, { force: true });
		return;
	}
	writeFileSync(receivedPath, text);
	throw new Error(`${name}: output differs from the approved file\n${firstDifference(approved, text)}\nReview ${receivedPath}; if it is right, move it over ${approvedPath}.`);
}

/** The first line where the two texts part, with its number, for a readable failure. */
function firstDifference(approved: string, received: string): string {
	const a = approved.split('\n');
	const b = received.split('\n');
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (a[i] !== b[i]) return `line ${i + 1}:\n  approved: ${a[i] ?? '(end of file)'}\n  received: ${b[i] ?? '(end of file)'}`;
	}
	return '(no line differs: only the line endings)';
}
