import { detach, detachExtract } from '../../../src/core/index/detach-strings';
import { TalkIndex } from '../../../src/core/index/talk-index';
import { note } from '../../helpers/extract-builder';

describe('detaching strings from note texts', () => {
	it('keeps every value and every record object', () => {
		expect(detach('short')).toBe('short');
		expect(detach('A Case for Rust Higher Up the Stack')).toBe('A Case for Rust Higher Up the Stack');
		const extract = note('2024-05-01.md', {
			talks: [{ title: 'A Case for Rust Higher Up the Stack', speakers: ['Carl Lerche (Tokio Project)'], topics: ['asynchronous rust'], links: ['https://example.com/slides'], notes: '- a long line of notes about tokio' }],
		});
		const copy = JSON.parse(JSON.stringify(extract)) as unknown;
		const talk = extract.talks[0];
		const index = new TalkIndex();
		index.upsert(extract);
		expect(extract).toEqual(copy);
		expect(index.talk(talk.id)).toBe(talk);
		expect(index.search('tokio').map((hit) => hit.id)).toEqual([talk.id]);
	});

	it('leaves frozen records alone instead of throwing', () => {
		const extract = note('2024-05-01.md', { talks: [{ title: 'A Case for Rust Higher Up the Stack', topics: ['asynchronous rust'] }] });
		Object.freeze(extract.talks[0]);
		Object.freeze(extract.talks[0].topics);
		expect(() => detachExtract(extract)).not.toThrow();
		expect(extract.talks[0].title).toBe('A Case for Rust Higher Up the Stack');
	});
});
