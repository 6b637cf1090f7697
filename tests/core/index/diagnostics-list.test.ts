import { DiagnosticsBuilder, diagnosticsOf } from '../../../src/core/index/diagnostics-list';
import type { NoteExtract } from '../../../src/core/model';
import { note } from '../../helpers/extract-builder';

/** 2,000 notes, every tenth with two diagnostics, handed out in a shuffled order. */
function notes(): NoteExtract[] {
	const list: NoteExtract[] = [];
	for (let i = 0; i < 2000; i++) {
		const path = `Daily/${String((i * 7919) % 2000).padStart(4, '0')}.md`;
		const diagnostics = i % 10 === 0 ? [{ file: path, line: 9, message: 'Broken frontmatter: b' }, { file: path, line: 2, message: 'Could not read this talk: a' }] : [];
		list.push(note(path, { diagnostics }));
	}
	return list;
}

/** The notes as an iterable that counts how many were read. */
function counted(list: readonly NoteExtract[]): { iterable: Iterable<NoteExtract>; read: () => number } {
	let read = 0;
	return {
		iterable: {
			*[Symbol.iterator]() {
				for (const item of list) {
					read++;
					yield item;
				}
			},
		},
		read: () => read,
	};
}

describe('the diagnostics list built in steps', () => {
	it('reads the notes as its steps go, a bounded number per step, and ends with the list made at once', () => {
		const list = notes();
		const { iterable, read } = counted(list);
		const builder = new DiagnosticsBuilder(iterable);
		// Nothing is copied up front: a vault's notes in one list were a long step of their own.
		expect(read()).toBe(0);
		let before = 0;
		let steps = 0;
		while (!builder.step(100)) {
			// A note costs 1 plus its diagnostics; a step stops once it has spent its units.
			expect(read() - before).toBeLessThanOrEqual(101);
			before = read();
			steps++;
		}
		expect(steps).toBeGreaterThan(15);
		expect(read()).toBe(list.length);
		expect(builder.result()).toEqual(diagnosticsOf(list));
		expect(builder.result()[0]).toEqual({ file: 'Daily/0000.md', line: 2, message: 'Could not read this talk: a' });
	});

	it('gives the same list when finished at once', () => {
		const list = notes();
		expect(new DiagnosticsBuilder(list).result()).toEqual(diagnosticsOf(list));
		expect(new DiagnosticsBuilder([]).result()).toEqual([]);
	});
});
