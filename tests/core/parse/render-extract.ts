/** Renders a parsed note as markdown a person can read and approve. */
import type { NoteExtract, SpeakerMention, Talk } from '../../../src/core/model';

/** The whole extract: note facts, then one section per talk. */
export function renderExtract(extract: NoteExtract): string {
	const out: string[] = [`# ${extract.path}`, ''];
	out.push(`- date: ${extract.date || '(none)'}`);
	out.push(`- conferences: ${extract.conferences.map((c) => `${c.name} (line ${c.line})`).join(', ') || '(none)'}`);
	if (extract.person) out.push(`- person: ${extract.person.name}; aliases: ${extract.person.aliases.join(', ') || '(none)'}`);
	out.push(`- diagnostics: ${extract.diagnostics.map((d) => `line ${d.line}: ${d.message}`).join('; ') || '(none)'}`);
	out.push(`- talks: ${extract.talks.length}`);
	extract.talks.forEach((talk, i) => out.push('', ...renderTalk(talk, i + 1)));
	return out.join('\n') + '\n';
}

function renderTalk(talk: Talk, n: number): string[] {
	const out = [`## ${n}. ${talk.title}`, ''];
	out.push(`- id: ${talk.id}${talk.blockId ? ` (block ^${talk.blockId})` : ''}`);
	out.push(`- kind: ${talk.kind}${talk.track ? `; track: ${talk.track}` : ''}`);
	out.push(`- speakers: ${talk.speakers.map(speaker).join('; ') || '(none)'}`);
	out.push(`- conference: ${talk.conference}; date: ${talk.date || '(none)'}`);
	out.push(`- lines: ${talk.line}-${talk.endLine}; headings: ${talk.headingPath.join(' > ') || '(none)'}`);
	out.push(`- images: ${talk.images.join(', ') || '(none)'}`);
	out.push(`- links: ${talk.links.join(', ') || '(none)'}`);
	out.push(`- topics: ${talk.topics.join(', ') || '(none)'}`);
	const keywords = talk.keywords.words.map((word, k): [string, number] => [word, talk.keywords.counts[k]]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	out.push(`- keywords: ${keywords.map(([word, count]) => `${word} ${count}`).join(', ') || '(none)'}`);
	if (talk.quotes.length > 0) {
		out.push('- quotes:');
		for (const quote of talk.quotes) out.push(`  - line ${quote.line}, ${quote.speaker}: ${quote.text}`);
	}
	out.push('', '~~~~markdown', talk.notes, '~~~~');
	return out;
}

function speaker(mention: SpeakerMention): string {
	const extras = [mention.affiliation, mention.role, mention.link ? `[[${mention.link}]]` : undefined].filter(Boolean);
	return extras.length > 0 ? `${mention.name} (${extras.join(', ')})` : mention.name;
}
