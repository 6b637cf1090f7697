/**
 * Warm-up scenarios a user meets: a note saved while the views are being prepared, a
 * view read half way, the keyword cap changed half way.
 */
import { TalkIndex } from '../../../src/core/index/talk-index';
import { note } from '../../helpers/extract-builder';

const day = (path: string, date: string, topic: string, count: number) =>
	note(path, {
		date,
		conference: 'RustConf',
		talks: Array.from({ length: count }, (_, i) => ({ title: `${topic} talk ${i}`, speakers: [`Speaker ${i % 5}`], topics: [topic], keywords: { Kafka: 2, Queues: 1 + (i % 3) } })),
	});

function freshOf(...notes: ReturnType<typeof day>[]): TalkIndex {
	const index = new TalkIndex({ keywordsPerTalk: 2 });
	for (const extract of notes) index.upsert(extract);
	return index;
}

/** Runs `before` steps of a warm-up of `index`, then `change`, then the rest of the warm-up. */
function warmUpAround(index: TalkIndex, before: number, change: () => void): void {
	const steps = index.warmUp(2);
	for (let i = 0; i < before; i++) steps.next();
	change();
	while (!steps.next().done);
}

const views = (index: TalkIndex) => ({ topics: index.topics(), speakers: index.speakers(), conferences: index.conferences(), suggest: index.suggestSpeakers('sp') });

test('a note saved half way through the warm-up shows in every view once it ends', () => {
	const first = day('2024-01-01.md', '2024-01-01', 'Rust', 12);
	const second = day('2024-01-02.md', '2024-01-02', 'Zig', 6);
	const index = freshOf(first);
	warmUpAround(index, 4, () => index.upsert(second));
	expect(index.topicByName('zig')?.talkIds).toHaveLength(6);
	expect(views(index)).toEqual(views(freshOf(first, second)));
});

test('a note removed half way through the warm-up is gone from every view', () => {
	const first = day('2024-01-01.md', '2024-01-01', 'Rust', 12);
	const second = day('2024-01-02.md', '2024-01-02', 'Zig', 6);
	const index = freshOf(first, second);
	warmUpAround(index, 5, () => index.remove(second.path));
	expect(index.topicByName('zig')).toBeUndefined();
	expect(views(index)).toEqual(views(freshOf(first)));
});

test('a read half way finishes what it needs at once, and the warm-up then goes on', () => {
	const first = day('2024-01-01.md', '2024-01-01', 'Rust', 12);
	const index = freshOf(first);
	warmUpAround(index, 3, () => expect(index.topics()).toEqual(freshOf(first).topics()));
	expect(views(index)).toEqual(views(freshOf(first)));
});

test('the keyword cap changed half way gives the topics of the new cap', () => {
	const first = day('2024-01-01.md', '2024-01-01', 'Rust', 12);
	const index = freshOf(first);
	warmUpAround(index, 4, () => index.setKeywordsPerTalk(0));
	const expected = new TalkIndex({ keywordsPerTalk: 0 });
	expected.upsert(first);
	expect(index.topics()).toEqual(expected.topics());
	expect(index.topics().map((t) => t.name)).toEqual(['Rust']);
});
