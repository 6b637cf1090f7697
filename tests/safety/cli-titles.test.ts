/**
 * The CLI prints titles, names and conferences as the text written: markup stays literal
 * in the tables and the JSON (nothing to render), while terminal control sequences a note
 * could hold (ESC, BEL, C1 controls) never reach the terminal from the tables.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ExportJson } from '../../src/cli/records';
import { talks, talksJson } from '../cli/run-cli-helpers';

const TITLE = '<img src=x onerror=alert(1)>';
const SPEAKER = 'Eve Mallory';
const CONFERENCE = '<script>alert(3)</script> Conf';
const ESCAPED_TITLE = 'Colours \u001b[31mRed\u001b[0m and a title \u001b]0;pwned\u0007 set';

let vault: string;

beforeAll(() => {
	vault = mkdtempSync(path.join(tmpdir(), 'talks-titles-'));
	writeFileSync(path.join(vault, '2023-10-18.md'), `[[${CONFERENCE}]]\n- ${TITLE} ~ ${SPEAKER}\n\t- notes\n- ${ESCAPED_TITLE} ~ Ada Byron\n\t- notes\n`);
});

afterAll(() => rmSync(vault, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('the CLI shows markup from notes as text', () => {
	it.each([['talks'], ['conferences'], ['speakers'], ['export']])('`talks %s` prints the title and names verbatim and no control characters', async (command) => {
		const run = await talks([command, vault], 200);
		expect(run.status).toBe(0);
		if (command === 'talks' || command === 'export') expect(run.stdout).toContain(TITLE);
		if (command !== 'speakers') expect(run.stdout).toContain(CONFERENCE);
		expect(CONTROL.test(run.stdout)).toBe(false);
	});

	it('`talks search` finds and prints the title verbatim', async () => {
		const run = await talks(['search', vault, 'onerror'], 200);
		expect(run.stdout).toContain(TITLE);
		expect(CONTROL.test(run.stdout)).toBe(false);
	});

	it('keeps the exact text in JSON, where escaping is the reader\'s business', async () => {
		const exported = await talksJson<ExportJson>(['export', vault]);
		expect(exported.talks.map((t) => t.title)).toContain(TITLE);
		expect(exported.conferences.map((c) => c.name)).toEqual([CONFERENCE]);
		expect(exported.talks.map((t) => t.title)).toContain(ESCAPED_TITLE);
	});
});
