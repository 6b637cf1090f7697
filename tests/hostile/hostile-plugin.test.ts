/**
 * @jest-environment jsdom
 */
/**
 * The plugin's indexer over the fake vault, fed the hostile vault: it reaches `ready`, keeps
 * every honest talk, takes none from code, quotes or comments, skips the oversized note
 * whole, and lists exactly one problem per broken note where the explorer reads them
 * (`index.diagnostics()`, shown under the status line). The megabyte notes that are read in
 * full run through the CLI suite; here the note over the limit stays, as the plugin must
 * skip it by the same rule.
 */
import { describeStatus } from '../../src/obsidian/index-status';
import { harness, settled, started, type Harness } from '../obsidian/helpers';
import { expectAllOrNothing, expectHonestTalks, expectNothingForbidden, expectOneDiagnosticEach } from './expect-hostile';
import { hostileVault, type NoteContent } from './hostile-vault';

jest.setTimeout(60_000);

/** Bytes as Obsidian would hand them to a plugin: decoded as UTF-8, undecodable bytes replaced. */
function asText(content: NoteContent): string {
	return typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
}

const hostile = hostileVault({ large: false });
let h: Harness;

beforeAll(async () => {
	const files: Record<string, string> = {};
	for (const [path, content] of Object.entries(hostile.files)) files[path] = asText(content);
	h = await started(harness(files));
	await settled(h);
});

afterAll(() => h.indexer.unload());

describe('the indexer on a vault of hostile notes', () => {
	it('finishes the scan and says how many talks it found', () => {
		expect(h.indexer.status).toMatchObject({ state: 'ready', notes: Object.keys(hostile.files).length, talks: h.index.talks().length });
		expect(describeStatus(h.indexer.status)).toBe(`${h.index.talks().length} talks in ${Object.keys(hostile.files).length} notes`);
	});

	it('keeps every honest talk, with its speakers, exactly once', () => {
		expectHonestTalks(hostile, h.index.talks());
	});

	it('takes no talk or conference from code fences, quotes, comments or a skipped note', () => {
		expectNothingForbidden(hostile, h.index.talks(), h.index.conferences().map((c) => c.name));
	});

	it('skips the note over the size limit whole', () => {
		expectAllOrNothing(hostile, h.index.talks());
		expect(h.index.paths()).toContain(hostile.overLimit.file);
	});

	it('lists exactly one problem per broken note, where the explorer reads them', () => {
		expectOneDiagnosticEach(hostile.problems, h.index.diagnostics());
	});

	it('keeps a title that looks like HTML as the very text written', () => {
		expect(h.index.talks().map((t) => t.title)).toContain('<img src=x onerror=alert(1)>');
		expect(h.index.search('onerror').map((hit) => h.index.talk(hit.id)?.title)).toContain('<img src=x onerror=alert(1)>');
	});
});
