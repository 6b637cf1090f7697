import { TalkIndex } from '../../../src/core/index/talk-index';
import { note } from '../../helpers/extract-builder';

const keynote = (path: string, extra: Record<string, unknown> = {}) =>
	note(path, { date: '2024-05-01', conference: 'RustConf', talks: [{ title: 'Keynote', speakers: [path], ...extra }] });

describe('talk ids that collide across notes', () => {
	it('keeps the plain id for the note whose path sorts first and suffixes the others, in any order', () => {
		const orders = [
			['b.md', 'a.md', 'c.md'],
			['c.md', 'b.md', 'a.md'],
			['a.md', 'b.md', 'c.md'],
		];
		for (const order of orders) {
			const index = new TalkIndex();
			for (const path of order) index.upsert(keynote(path));
			const byFile = Object.fromEntries(index.talks().map((t) => [t.file, t.id]));
			expect(byFile).toEqual({ 'a.md': '2024-05-01-keynote', 'b.md': '2024-05-01-keynote~2', 'c.md': '2024-05-01-keynote~3' });
			expect(index.talk('2024-05-01-keynote~2')?.file).toBe('b.md');
		}
	});

	it('renumbers the others when a colliding note goes, and their speakers follow', () => {
		const index = new TalkIndex();
		for (const path of ['a.md', 'b.md', 'c.md']) index.upsert(keynote(path));
		index.remove('a.md');
		expect(index.talk('2024-05-01-keynote')?.file).toBe('b.md');
		expect(index.talk('2024-05-01-keynote~2')?.file).toBe('c.md');
		expect(index.talk('2024-05-01-keynote~3')).toBeUndefined();
		expect(index.speakerByName('c.md')?.talkIds).toEqual(['2024-05-01-keynote~2']);
		expect(index.conferenceByName('RustConf')?.talkIds).toEqual(['2024-05-01-keynote', '2024-05-01-keynote~2']);
	});

	it('makes the same block id unique too, and twice the same title in one note', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-05-02.md', { talks: [{ title: 'Queues', blockId: 'fast' }] }));
		index.upsert(note('2024-05-01.md', { talks: [{ title: 'Stacks', blockId: 'fast' }, { title: 'Q&A' }, { title: 'Q&A' }] }));
		expect(index.talksIn('2024-05-01.md').map((t) => t.id)).toEqual(['fast', '2024-05-01-q-a', '2024-05-01-q-a~2']);
		expect(index.talksIn('2024-05-02.md').map((t) => t.id)).toEqual(['fast~2']);
		expect(index.talksIn('2024-05-02.md')[0].blockId).toBe('fast');
	});

	it('finds hits of a suffixed talk by its current id', () => {
		const index = new TalkIndex();
		index.upsert(keynote('b.md', { notes: 'zebra crossing' }));
		index.upsert(keynote('a.md', { notes: 'lion' }));
		expect(index.search('zebra').map((h) => h.id)).toEqual(['2024-05-01-keynote~2']);
	});
});
