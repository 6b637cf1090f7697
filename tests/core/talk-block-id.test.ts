import { lineBlockId, newBlockId } from '../../src/core/talk-block-id';
import { parse } from './parse/parse-helpers';

describe('newBlockId', () => {
	it('keeps the talk\'s current id, so links copied before keep working', () => {
		expect(newBlockId({ id: '2023-10-18-ingesting-in-rust', date: '2023-10-18' }, '')).toBe('2023-10-18-ingesting-in-rust');
	});

	it('drops the index\'s collision suffix and accents, lowercases, keeps ASCII only', () => {
		expect(newBlockId({ id: '2024-06-01-keynote~2', date: '2024-06-01' }, '')).toBe('2024-06-01-keynote');
		expect(newBlockId({ id: '2024-06-01-café-olé', date: '2024-06-01' }, '')).toBe('2024-06-01-cafe-ole');
		expect(newBlockId({ id: '2024-06-01-доклад-rust', date: '2024-06-01' }, '')).toBe('2024-06-01-rust');
	});

	it('gives a talk whose title has no ASCII words a `<date>-talk` id', () => {
		expect(newBlockId({ id: '2024-06-01-доклад', date: '2024-06-01' }, '')).toBe('2024-06-01-talk');
		expect(newBlockId({ id: 'undated-доклад', date: '' }, '')).toBe('undated-talk');
	});

	it('is unique in the note, whatever case the note uses', () => {
		const text = '- A ^2024-06-01-keynote\n- B ^2024-06-01-Keynote-2\n- C ^other';
		expect(newBlockId({ id: '2024-06-01-keynote', date: '2024-06-01' }, text)).toBe('2024-06-01-keynote-3');
	});

	it('writes ids the parser reads back as the same talk id', () => {
		const id = newBlockId({ id: '2024-05-01-fast-queues', date: '2024-05-01' }, '');
		const extract = parse(`[[Conf]]\n- Fast Queues ~ Ada Byron ^${id}\n\t- notes`);
		expect(extract.talks[0].blockId).toBe(id);
		expect(extract.talks[0].id).toBe('2024-05-01-fast-queues');
		expect(extract.talks[0].title).toBe('Fast Queues');
	});
});

describe('lineBlockId', () => {
	it('reads a trailing block id, not a caret inside the text', () => {
		expect(lineBlockId('- Fast Queues ~ Ada Byron ^fq-1')).toBe('fq-1');
		expect(lineBlockId('- Fast Queues ^fq  ')).toBe('fq');
		expect(lineBlockId('- x^2 growth')).toBeUndefined();
		expect(lineBlockId('- ^ alone')).toBeUndefined();
	});
});
