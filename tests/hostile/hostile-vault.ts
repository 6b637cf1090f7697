/**
 * A vault of hostile notes next to honest ones, with what the index must make of it.
 * The same notes feed the CLI end to end (written to disk) and the plugin's indexer
 * over the fake vault, so both adapters are held to one expectation.
 */
import { MAX_NOTE_BYTES } from '../../src/core/limits';

/** A note's content: text, or raw bytes for the notes that are not valid text. */
export type NoteContent = string | Uint8Array;

/** A talk the index must keep. */
export interface HonestTalk {
	readonly title: string;
	readonly file: string;
	readonly speakers: readonly string[];
}

/** The vault and its expectations. */
export interface HostileVault {
	/** Vault-relative path to content. */
	readonly files: Readonly<Record<string, NoteContent>>;
	/** Talks that must all be there, each exactly once. */
	readonly honest: readonly HonestTalk[];
	/** Titles (and conference names) that sit inside code, quotes or comments: never talks. */
	readonly forbidden: readonly string[];
	/** Files that must each give exactly one diagnostic, with what it must say. */
	readonly problems: Readonly<Record<string, RegExp>>;
	/** The large note just under the limit: all its talks count. */
	readonly underLimit: { readonly file: string; readonly talks: number };
	/** The note just over the limit: none of its talks count. */
	readonly overLimit: { readonly file: string; readonly titlePrefix: string };
}

/** Talks of a dense conference day: each with a speaker, notes, a link and an image. */
function denseDay(conference: string, titlePrefix: string, targetBytes: number): { text: string; talks: number } {
	const lines = [`[[${conference}]]`];
	let size = lines[0].length + 1;
	let talks = 0;
	while (true) {
		const block = [
			`- ${titlePrefix} ${talks} on Queues and Latency ~ Ada Byron, Bo Linde`,
			`\t- notes about [[Tokio]] and https://example.com/t/${talks} #rust`,
			'\t\t- a deeper point about back pressure in Rust services, and why bounded queues keep p99 latency flat',
			'\t\t- measured with a load generator at three times the expected peak, then at ten times',
			'\t- the speaker showed flame graphs before and after, most of the time went to allocation',
			'\t\t- an arena per request brought it down by half',
			`\t- ![[slide-${talks}.png]]`,
		].join('\n');
		if (size + block.length + 1 > targetBytes) break;
		lines.push(block);
		size += block.length + 1;
		talks++;
	}
	return { text: `${lines.join('\n')}\n`, talks };
}

/** Pseudo-random bytes with NULs: a PNG saved under a `.md` name. */
function garbage(length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let x = 0x2545f491;
	for (let i = 0; i < length; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		bytes[i] = x & 0xff;
	}
	bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], 0);
	return bytes;
}

/** A line of about `bytes` made of `unit`. */
function longLine(unit: string, bytes: number): string {
	return unit.repeat(Math.ceil(bytes / unit.length));
}

/**
 * Builds the vault. `large` false leaves out the notes that are read in full and cost
 * seconds (the 2 MB line, the 100k brackets, the note just under the size limit), for
 * quicker plugin-side runs; the note over the limit stays, as it costs nothing to skip.
 */
export function hostileVault(options: { large?: boolean } = {}): HostileVault {
	const large = options.large ?? true;
	const files: Record<string, NoteContent> = {};
	const honest: HonestTalk[] = [];
	const talk = (file: string, title: string, ...speakers: string[]) => honest.push({ file, title, speakers });

	files['2024-01-01.md'] = '# 2024-01-01\n[[Honest Conf]]\n- Fast Queues ~ Ada Byron\n\t- notes\n- Why Tests Flake ~ Bo Linde\n\t- more notes\n';
	talk('2024-01-01.md', 'Fast Queues', 'Ada Byron');
	talk('2024-01-01.md', 'Why Tests Flake', 'Bo Linde');

	files['2024-01-02.md'] = '\ufeff[[CRLF Conf]]\r\n- Windows Lines ~ Cy Young\r\n\t- child\r\n- Old Mac Lines ~ Di Rao\r\tx\r';
	talk('2024-01-02.md', 'Windows Lines', 'Cy Young');
	talk('2024-01-02.md', 'Old Mac Lines', 'Di Rao');

	files['2024-01-03.md'] = [
		'[[Fence Conf]]',
		'- Before The Fence ~ Ada Byron',
		'\t- fine',
		'```js',
		'[[Fenced Conf]]',
		'- Fenced Talk ~ Ada Byron',
		'\t- never a talk',
		'## [[Fenced Heading Conf]]',
		'- Also Fenced ~ Bo Linde',
		'',
	].join('\n');
	talk('2024-01-03.md', 'Before The Fence', 'Ada Byron');

	files['2024-01-04.md'] = [
		'[[Quote Conf]]',
		'> - Quoted Talk ~ Ada Byron',
		'>\t- quoted child',
		'> [!note] Callout',
		'> [[Quoted Conf]]',
		'> - Callout Talk ~ Bo Linde',
		'- After The Quotes ~ Cy Young',
		'\t- kept <!-- - Commented Talk ~ Di Rao --> too',
		'<!--',
		'- Commented Talk ~ Di Rao',
		'\t- child',
		'-->',
		'%%',
		'- Hidden Talk ~ Di Rao',
		'\t- child',
		'%%',
		'- Last Honest One ~ Di Rao',
		'\t- kept',
		'',
	].join('\n');
	talk('2024-01-04.md', 'After The Quotes', 'Cy Young');
	talk('2024-01-04.md', 'Last Honest One', 'Di Rao');

	files['2024-01-05.md'] = garbage(64 * 1024);
	files['2024-01-06.md'] = '';

	files['2024-01-08.md'] = '---\nconference: [[[broken\n  - : :\n---\n[[Frontmatter Conf]]\n- Survives Broken YAML ~ Ada Byron\n\t- notes\n';
	talk('2024-01-08.md', 'Survives Broken YAML', 'Ada Byron');

	files['2024-01-09.md'] = [
		'[[Control Conf]]',
		'- Bell\u0007 and Escape\u001b[31m Sequences ~ Ada Byron',
		'\t- \u202eright to left override\u202c and zero\u200bwidth',
		'- Plain Talk Among Controls ~ Bo Linde',
		'\t- NUL-free but \u0008backspace and \u007fdelete',
		'',
	].join('\n');
	talk('2024-01-09.md', 'Plain Talk Among Controls', 'Bo Linde');

	const deep = ['[[Deep Conf]]', '- Deep Talk ~ Ada Byron'];
	for (let i = 1; i <= 1000; i++) deep.push(`${'\t'.repeat(i)}- level ${i}`);
	deep.push(`${'> '.repeat(5000)}- Quoted Deep ~ Bo Linde`, `${'>'.repeat(5000)} [[Deep Quote Conf]]`);
	deep.push('- Shallow Again ~ Cy Young', '\t- x');
	files['2024-01-10.md'] = `${deep.join('\n')}\n`;
	talk('2024-01-10.md', 'Deep Talk', 'Ada Byron');
	talk('2024-01-10.md', 'Shallow Again', 'Cy Young');

	files['2023-10-19.md/2023-10-20.md'] = '---\ntalks: true\n---\n[[Folder Conf]]\n- Inside A Folder Named Like A Note ~ Ada Byron\n\t- x\n';
	talk('2023-10-19.md/2023-10-20.md', 'Inside A Folder Named Like A Note', 'Ada Byron');

	files['2024-01-12.md'] = '[[Safety Conf]]\n- <img src=x onerror=alert(1)> ~ Ada Byron\n\t- <script>alert(2)</script>\n';
	talk('2024-01-12.md', '<img src=x onerror=alert(1)>', 'Ada Byron');

	const problems: Record<string, RegExp> = {
		'2024-01-05.md': /binary/i,
		'2024-01-08.md': /frontmatter/i,
	};

	let underLimit = { file: '', talks: 0 };
	const overLimit = { file: '2024-02-02.md', titlePrefix: 'Oversized Talk' };
	if (large) {
		files['2024-01-11.md'] = `[[Bracket Conf]]\n- Brackets Ahead ~ Ada Byron\n\t- x\n${'[['.repeat(100_000)}\n${'('.repeat(100_000)}\n- Brackets Behind ~ Bo Linde\n\t- y\n`;
		talk('2024-01-11.md', 'Brackets Ahead', 'Ada Byron');
		talk('2024-01-11.md', 'Brackets Behind', 'Bo Linde');

		files['2024-01-07.md'] = `[[Long Line Conf]]\n- Before The Long Line ~ Ada Byron\n\t- x\n${longLine('~ : ( [[ ', 2 << 20)}\n- After The Long Line ~ Bo Linde\n\t- y\n`;
		talk('2024-01-07.md', 'Before The Long Line', 'Ada Byron');
		talk('2024-01-07.md', 'After The Long Line', 'Bo Linde');

		const under = denseDay('Dense Conf', 'Dense Talk', MAX_NOTE_BYTES - 4096);
		files['2024-02-01.md'] = under.text;
		underLimit = { file: '2024-02-01.md', talks: under.talks };
	}
	files[overLimit.file] = denseDay('Oversized Conf', overLimit.titlePrefix, MAX_NOTE_BYTES + 4096).text;
	problems[overLimit.file] = /over the 5 MB limit/;

	return {
		files,
		honest,
		forbidden: ['Fenced Talk', 'Also Fenced', 'Fenced Conf', 'Fenced Heading Conf', 'Quoted Talk', 'Callout Talk', 'Quoted Conf', 'Commented Talk', 'Hidden Talk', 'Quoted Deep', 'Deep Quote Conf', 'Oversized Conf'],
		problems,
		underLimit,
		overLimit,
	};
}
