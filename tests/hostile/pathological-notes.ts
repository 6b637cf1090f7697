/**
 * Notes built to break a parser that backtracks or rescans: megabyte lines of separators
 * and brackets, long runs of white space where a careless regex tries every start, deep
 * nesting, thousands of quote markers, fence and comment storms, speaker explosions.
 * Each is about `size` characters, so their cost can be compared with a scan of the same text.
 */
import { backtickLadder, HOSTILE_UNITS, repeatTo } from '../core/parse/linear-time';

/** One pathological note. */
export interface Pathological {
	readonly name: string;
	readonly text: string;
}

/** `n` distinct capitalised two-word names without digits (`Ab Cd`, ...). */
function names(n: number): string[] {
	const letter = (k: number) => String.fromCharCode(97 + (k % 26));
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		const a = `${letter(i)}${letter(i / 26)}${letter(i / 676)}`;
		out.push(`A${a} B${a}`);
	}
	return out;
}

/** The notes, each about `size` characters. */
export function pathologicalNotes(size = 1 << 20): Pathological[] {
	const notes: Pathological[] = [];
	const add = (name: string, text: string) => notes.push({ name, text });
	for (const unit of HOSTILE_UNITS) {
		const run = repeatTo(unit, size / 4);
		add(`talk line of ${JSON.stringify(unit)}`, `[[Conf]]\n- ${run} ~ Ada Byron\n\t- ${run}\n`);
		add(`heading and context of ${JSON.stringify(unit)}`, `## [[Conf]] ${run}\n### ${run} #conference\n${run}\n\n[[Conf]] ${run}\n`);
	}
	const spaces = ' '.repeat(size / 4);
	add('white space before a closing #', `# a${spaces}#b\n## [[Conf]]${spaces}#x\n`);
	add('white space before a block id', `[[Conf]]\n- a${spaces}b ~ Ada Byron\n\t- x\n- [[Other Conf]]${spaces}^x y\n\t- z ~ Bo Linde\n`);
	add('separators around a #conference name', `## x${repeatTo(' - :', size / 2)} y #conference\n- Talk ~ Ada Byron\n`);
	add('tabs everywhere', `[[Conf]]\n-\t${'\t'.repeat(size / 2)}Talk ~ Ada Byron\n${'\t'.repeat(size / 2)}- child\n`);
	add('100k open wikilinks', `[[Conf]]\n- ${'[['.repeat(100_000)} ~ Ada Byron\n\t- ${'[['.repeat(100_000)}\n`);
	add('100k open parentheses and brackets', `[[Conf]]\n- ${'('.repeat(100_000)}${'['.repeat(100_000)}\n\t- x\n${'('.repeat(100_000)}\n`);
	// The comment openers come last, so the code spans before them are scanned first.
	add('a backtick ladder before a comment opener', `[[Conf]]\n- ${backtickLadder(size / 2)} <!--\n${backtickLadder(size / 2)} %%\n`);
	add('a falling backtick ladder before a comment opener', `[[Conf]]\n- ${fallingLadder(size / 2)} %% ~ Ada Byron\n\t- x\n`);

	const deep = ['[[Conf]]', '- Deep ~ Ada Byron'];
	for (let i = 1; deep.length < 1500; i++) deep.push(`${'\t'.repeat(i)}- level ${i}`);
	add('1500 levels of tab nesting', deep.join('\n'));
	const spaced = ['[[Conf]]', '- Deep ~ Ada Byron'];
	for (let i = 1; spaced.length < 1500; i++) spaced.push(`${' '.repeat(i)}- level ${i}`);
	add('1500 levels of space nesting', spaced.join('\n'));
	add('a line of 100k quote markers', `[[Conf]]\n${'> '.repeat(100_000)}- Quoted ~ Ada Byron\n${'>'.repeat(100_000)}\n- Talk ~ Bo Linde\n\t- x\n`);
	const quotes = ['[[Conf]]'];
	for (let i = 1; quotes.length < 1500; i++) quotes.push(`${'> '.repeat(i)}- quoted ${i} ~ Ada Byron`);
	add('1500 levels of quotes', quotes.join('\n'));

	const fences: string[] = ['[[Conf]]'];
	for (let i = 0, length = 0; length < size / 8; i++) {
		const group = ['`'.repeat(3 + (i % 50)), '~'.repeat(3 + (i % 40)), `- Talk ${i} ~ Ada Byron`, '$$', '<!--', '%%'];
		fences.push(...group);
		length += group.join('\n').length + 1;
	}
	add('fence, math and comment storms', fences.join('\n'));

	const dense: string[] = [];
	for (let i = 0; dense.length < 40_000; i++) dense.push(`[[Conf ${i % 7}]]`, `- Talk ${i} ~ Ada Byron, Bo Linde`, '\t- Ada: a quote', '\t- bo', '\t\t- another quote', `## [[Heading Conf ${i % 5}]]`);
	add('dense contexts and panels', dense.join('\n'));

	const panel = ['[[Conf]]', '- Big Panel ~ Ada Byron, Bo Linde'];
	const people = names(3000);
	// Each child line names two people, so each is a speaker line: 3000 speakers in all.
	for (let i = 0; i < people.length; i += 2) panel.push(`\t- ${people[i]}, ${people[i + 1]}`);
	for (let i = 0; i < 3000; i++) panel.push(`\t- Aaaa: said ${i}`, `\t- note ${i}`);
	add('a panel of 3000 speakers and 6000 bullets', panel.join('\n'));

	const frontmatter = `---\ntitle: ${'x'.repeat(size / 4)}\ntags: [${'a, '.repeat(size / 16)}b]\n---\n[[Conf]]\n- Talk ~ Ada Byron\n`;
	add('a large frontmatter', frontmatter);
	add('an unclosed frontmatter of rules', `---\n${'---x\n'.repeat(size / 20)}`);
	return notes;
}

/** Backtick runs of falling length: a closer search that scans ahead rescans the whole line. */
function fallingLadder(size: number): string {
	const parts: string[] = [];
	let total = 0;
	for (let n = 1400; total < size; n = n > 1 ? n - 1 : 1400) {
		parts.push('`'.repeat(n), ' x ');
		total += n + 3;
	}
	return parts.join('');
}
