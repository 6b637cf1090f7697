/** Approval tests: the parsed records of real-looking notes, rendered as markdown and reviewed by a person. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteInput } from '../../../src/core/parse/parse-context';
import { verifyApproved } from '../../helpers/approval';
import { parse, people } from './parse-helpers';
import { renderExtract } from './render-extract';

const vaults = join(__dirname, '..', '..', 'fixtures', 'vaults');
const read = (path: string) => readFileSync(join(vaults, path), 'utf8');
const directory = people({ 'Carl Lerche': ['carllerche'], 'Gus Park': [] });
const topics = [{ name: 'Rust', terms: ['Rust'] }, { name: 'Testing', terms: ['testing', 'tests'] }];

const cases: { name: string; file: string; input: Partial<NoteInput> }[] = [
	{ name: 'seed', file: 'seed/2023-10-18.md', input: { path: '2023-10-18.md', fileDate: '2023-10-18' } },
	{ name: 'contexts', file: 'contexts/2024-09-19.md', input: { path: 'Daily/2024-09-19.md', fileDate: '2024-09-19' } },
	{ name: 'heading-talks', file: 'heading-talks/2025-02-01.md', input: { path: '2025-02-01.md', fileDate: '2025-02-01' } },
	{ name: 'text-forms', file: 'text-forms/2024-06-12.md', input: { path: '2024-06-12.md', fileDate: undefined } },
	{ name: 'one-note-per-conference', file: 'one-note-per-conference/Conferences/RustConf 2024.md', input: { path: 'Conferences/RustConf 2024.md', scope: 'other', fileDate: undefined } },
	{ name: 'people', file: 'people/People/Carl Lerche.md', input: { path: 'People/Carl Lerche.md', scope: 'other', fileDate: undefined } },
];

describe('approved renderings of the fixture notes', () => {
	for (const { name, file, input } of cases) {
		it(name, () => {
			const extract = parse(read(file), input, { people: directory, topics, autoKeywords: true });
			verifyApproved(`parse-${name}`, renderExtract(extract));
		});
	}
});
