import { TalkIndex } from '../../../src/core/index/talk-index';
import { note, person } from '../../helpers/extract-builder';
import { seedExtract } from './seed-extract';

const names = (index: TalkIndex, prefix: string, limit?: number) => index.suggestSpeakers(prefix, limit).map((s) => s.name);

describe('speaker type-ahead', () => {
	it('matches a prefix of any word of the name, most talks first', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		expect(names(index, 'c')).toEqual(['Carl Lerche', 'Glauber Costa', 'Adam Chalmers']);
		expect(names(index, 'LER')).toEqual(['Carl Lerche']);
		expect(names(index, 'carl l')).toEqual(['Carl Lerche']);
		expect(names(index, 'carl x')).toEqual([]);
		expect(names(index, 'zz')).toEqual([]);
	});

	it('lists the busiest speakers for an empty prefix and honours the limit', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		expect(names(index, '', 3)).toEqual(['Carl Lerche', 'Glauber Costa', 'Adam Chalmers']);
		expect(names(index, 'c', 1)).toEqual(['Carl Lerche']);
		expect(names(index, 'c', 0)).toEqual([]);
	});

	it('matches aliases from person notes and folds accents', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', speakers: ['José Müller', 'Carl Lerche'] }] }));
		index.upsert(person('People/Carl Lerche.md', 'Carl Lerche', ['carllerche', 'The Tokio Guy']));
		expect(names(index, 'mul')).toEqual(['José Müller']);
		expect(names(index, 'JOSE')).toEqual(['José Müller']);
		expect(names(index, 'carll')).toEqual(['Carl Lerche']);
		expect(names(index, 'tokio')).toEqual(['Carl Lerche']);
		expect(names(index, 'the tokio g')).toEqual(['Carl Lerche']);
	});

	it('follows updates: new speakers appear, removed ones go', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		expect(names(index, 'ada')).toEqual(['Adam Chalmers']);
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', speakers: ['Ada Byron'] }] }));
		expect(names(index, 'ada')).toEqual(['Ada Byron', 'Adam Chalmers']);
		index.remove('2024-01-01.md');
		expect(names(index, 'ada')).toEqual(['Adam Chalmers']);
	});
});
