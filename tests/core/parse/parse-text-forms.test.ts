import { filed, note, parse, titles } from './parse-helpers';

describe('text as it is written (section 9)', () => {
	const lines = ['# 2024-05-01', '[[Conf]]', '- Fast Queues ~ Ada Byron', '\t- point', '\t\t- deeper', '- Slow Queues ~ Bo Linde'];
	const plain = parse(lines.join('\n'));

	it('reads CRLF, lone CR and a BOM exactly like LF', () => {
		for (const text of [lines.join('\r\n'), lines.join('\r'), '\ufeff' + lines.join('\n'), '\ufeff' + lines.join('\r\n')]) {
			const extract = parse(text);
			expect(extract.talks).toEqual(plain.talks);
			expect(extract.date).toBe('2024-05-01');
		}
	});

	it('gives the same talks for tabs, spaces of any width, and a mix', () => {
		const variants = [
			note('# 2024-05-01', '[[Conf]]', '- Fast Queues ~ Ada Byron', '  - point', '    - deeper', '- Slow Queues ~ Bo Linde'),
			note('# 2024-05-01', '[[Conf]]', '- Fast Queues ~ Ada Byron', '    - point', '        - deeper', '- Slow Queues ~ Bo Linde'),
			note('# 2024-05-01', '[[Conf]]', '- Fast Queues ~ Ada Byron', '\t- point', '\t    - deeper', '- Slow Queues ~ Bo Linde'),
		];
		for (const text of variants) {
			const extract = parse(text);
			expect(titles(extract)).toEqual(['Fast Queues', 'Slow Queues']);
			expect(extract.talks.map((found) => [found.line, found.endLine])).toEqual([[3, 5], [6, 6]]);
		}
	});

	it('reads numbered lists and every bullet marker', () => {
		const extract = parse(note('[[Conf]]', '1. Fast Queues ~ Ada Byron', '2) Slow Queues ~ Bo Linde', '* Zero Copy ~ Cy Young', '+ One More ~ Di Vo'));
		expect(titles(extract)).toEqual(['Fast Queues', 'Slow Queues', 'Zero Copy', 'One More']);
	});

	it('never finds talks or contexts inside fenced code, and an unclosed fence masks the rest', () => {
		const fenced = parse(note('[[Conf]]', '```', '- Not A Talk ~ Ada Byron', '[[Other]]', '```', '~~~', '- Nor This ~ Bo Linde', '~~~', '- Real ~ Cy Young'));
		expect(filed(fenced)).toEqual(['Real @ Conf']);
		const unclosed = parse(note('[[Conf]]', '- Real ~ Cy Young', '```js', '- Not A Talk ~ Ada Byron', '# Heading'));
		expect(filed(unclosed)).toEqual(['Real @ Conf']);
	});

	it('keeps code nested under a talk in its notes', () => {
		const extract = parse(note('[[Conf]]', '- Real ~ Cy Young', '\t```rust', '- fn main() {}', '\t```', '\t- after'));
		expect(extract.talks[0].notes).toBe(note('```rust', '- fn main() {}', '```', '- after'));
		expect(extract.talks[0].endLine).toBe(6);
	});

	it('never finds talks in HTML comments, %% comments or math blocks', () => {
		const extract = parse(note(
			'[[Conf]]',
			'<!--',
			'- Hidden ~ Ada Byron',
			'-->',
			'%% - Inline Hidden ~ Bo Linde %%',
			'%%',
			'[[Other]]',
			'%%',
			'$$',
			'- x ~ Y Z',
			'$$',
			'- Real ~ Cy Young <!-- todo -->',
		));
		expect(filed(extract)).toEqual(['Real @ Conf']);
		expect(extract.conferences.map((mention) => mention.name)).toEqual(['Conf']);
	});

	it('treats callouts and quotes as plain notes, never talks or contexts', () => {
		const extract = parse(note('[[Conf]]', '> [!note] [[Other]]', '> - Quoted ~ Ada Byron', '> [[Another]]', '- Real ~ Cy Young', '\t> - quoted note'));
		expect(filed(extract)).toEqual(['Real @ Conf']);
		expect(extract.talks[0].notes).toBe('> - quoted note');
		expect(extract.conferences.map((mention) => mention.name)).toEqual(['Conf']);
	});
});
