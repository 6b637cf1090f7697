/** The title/speaker rules as first written (both sides of a separator always parsed): what the lazy rules must match. */
import type { SpeakerMention } from '../../../../src/core/model';
import { fold } from '../../../../src/core/text/fold';
import type { PeopleDirectory } from '../../../../src/core/parse/parse-context';
import { lineShape, markdownLinkAt, wikilinkEnd, wikilinkParts, type LineShape } from '../../../../src/core/parse/line-scan';
import { isKnownPerson, parseNameItem, parseNameList, unwrapEmphasis, type NameList } from '../../../../src/core/parse/speaker-names';
import { leadingSeparator, stripLeadingSeparator, topLevelSeparators, type Separators } from '../../../../src/core/parse/top-level';

/**
 * The title/speaker rules of note-format.md section 3, applied in order to a
 * talk line whose kind prefix, track and block id are already gone. Each rule
 * reads the line's precomputed shape, so the whole split stays linear.
 */

/** How a line splits into title and speakers. */
export interface SpeakerSplit {
	/** Title text as written (a leading span is unwrapped later). */
	readonly title: string;
	readonly speakers: SpeakerMention[];
	/** A remark after the speakers: `**Fast Queues** (Ada Byron) - great demo` gives `great demo`. */
	readonly firstNote?: string;
	/** Link targets shown as text in the title (the "link to a person anywhere" rule). */
	readonly titleLinks?: string[];
}

/** A bold or linked span at the start of a line. */
export interface LeadingSpan {
	/** End (exclusive) of the span. */
	readonly end: number;
	/** The span as text: bold content, link text or wikilink display. */
	readonly display: string;
	/** URLs or wikilink targets the span links to. */
	readonly links: string[];
}

/** Names list scored as evidence: 2 for a linked or known person, 1 for a name-like text, 0 for none. */
function score(list: NameList | null | undefined): number {
	return list ? (list.anchored ? 2 : 1) : 0;
}

/** Names, possibly followed by ` - remark`: `Ada Byron - great demo`. */
function namesWithRemark(text: string, people: PeopleDirectory): { list: NameList; remark?: string } | null {
	const t = text.trim();
	const whole = parseNameList(t, people);
	if (whole) return { list: whole };
	const seps = topLevelSeparators(lineShape(t));
	let cut = seps.dash ? seps.dash.at : -1;
	let length = seps.dash ? seps.dash.length : 0;
	if (seps.hyphens.length > 0 && (cut < 0 || seps.hyphens[0] < cut)) {
		cut = seps.hyphens[0];
		length = 3;
	}
	if (cut <= 0) return null;
	const list = parseNameList(t.slice(0, cut).trim(), people);
	if (!list) return null;
	const remark = t.slice(cut + length).trim();
	return remark ? { list, remark } : { list };
}

/** The bold (`**x**`, `__x__`), wikilink or markdown link span that opens the line, if any. */
export function leadingSpan(shape: LineShape): LeadingSpan | null {
	const text = shape.text;
	const wiki = wikilinkEnd(shape, 0);
	if (wiki > 0) {
		const { target, display } = wikilinkParts(text.slice(2, wiki - 2));
		return { end: wiki, display, links: target ? [target] : [] };
	}
	const link = markdownLinkAt(shape, 0);
	if (link) return { end: link.end, display: unwrapEmphasis(text.slice(1, link.textEnd).trim()), links: link.url ? [link.url] : [] };
	const mark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : '';
	if (!mark) return null;
	const close = text.indexOf(mark, 2);
	if (close <= 2) return null;
	const inner = text.slice(2, close).trim();
	const innerSpan = leadingSpan(lineShape(inner));
	if (innerSpan && innerSpan.end === inner.length) return { end: close + 2, display: innerSpan.display, links: innerSpan.links };
	return { end: close + 2, display: inner, links: [] };
}

/** `**Fast Queues** (Ada Byron) - great demo`, `[Fast Queues](url) ~ Ada Byron`, `[[Ada Byron]] - Fast Queues`. */
function leadingSpanRule(body: string, shape: LineShape, people: PeopleDirectory): SpeakerSplit | null {
	const span = leadingSpan(shape);
	if (!span) return null;
	const rest = body.slice(span.end);
	const r = rest.trimStart();
	if (!r) return null;
	const spanRaw = body.slice(0, span.end);
	if (r.startsWith('(')) {
		const open = span.end + rest.length - r.length;
		const close = shape.parens[open];
		const list = close > open ? parseNameList(body.slice(open + 1, close), people) : null;
		if (!list) return null;
		const after = stripLeadingSeparator(body.slice(close + 1));
		return after ? { title: spanRaw, speakers: list.mentions, firstNote: after } : { title: spanRaw, speakers: list.mentions };
	}
	const sep = leadingSeparator(r);
	if (!sep) return null; // `[[Rust]] in production`: the span is only the start of the title
	const after = r.slice(sep.length).trim();
	if (!after) return null;
	const spanItem = parseNameItem(spanRaw, people);
	if (sep.kind === 'colon') return spanItem ? { title: after, speakers: [spanItem.mention] } : null;
	const names = namesWithRemark(after, people);
	const spanScore = spanItem ? (spanItem.anchored ? 2 : 1) : 0;
	if (names && score(names.list) >= spanScore) {
		return names.remark ? { title: spanRaw, speakers: names.list.mentions, firstNote: names.remark } : { title: spanRaw, speakers: names.list.mentions };
	}
	if (sep.kind === 'comma' || sep.kind === 'by') return null;
	// A linked or known person before a dash is the speaker; a bold span is the title with a remark.
	if (spanItem?.anchored) return { title: after, speakers: [spanItem.mention] };
	return { title: spanRaw, speakers: [], firstNote: after };
}

/** Title on one side, speakers on the other; the stronger evidence wins, the right side on a tie. */
function twoSided(body: string, at: number, length: number, people: PeopleDirectory): SpeakerSplit | null {
	const left = body.slice(0, at).trim();
	const right = body.slice(at + length).trim();
	if (!left || !right) return null;
	const r = namesWithRemark(right, people);
	const l = parseNameList(left, people);
	if (r && score(r.list) >= score(l)) {
		return r.remark ? { title: left, speakers: r.list.mentions, firstNote: r.remark } : { title: left, speakers: r.list.mentions };
	}
	return l ? { title: right, speakers: l.mentions } : null;
}

/** `Zero-copy Parsing (Ada Byron, Bo Linde)`, optionally followed by ` - remark`. */
function trailingGroup(body: string, seps: Separators, people: PeopleDirectory): SpeakerSplit | null {
	if (!seps.lastGroup) return null;
	const [open, close] = seps.lastGroup;
	const title = body.slice(0, open).trim();
	const after = body.slice(close + 1).trim();
	if (!title || (after && leadingSeparator(after)?.kind !== 'dash' && leadingSeparator(after)?.kind !== 'hyphen')) return null;
	const list = parseNameList(body.slice(open + 1, close), people);
	if (!list) return null;
	const remark = stripLeadingSeparator(after);
	return remark ? { title, speakers: list.mentions, firstNote: remark } : { title, speakers: list.mentions };
}

/** ` - ` splits only next to a link or a known person: `[[Ada Byron]] - Fast Queues`, `Fast Queues - [Ada](url)`. */
function hyphenRule(body: string, seps: Separators, people: PeopleDirectory): SpeakerSplit | null {
	const cuts = seps.hyphens;
	for (let k = 0; k <= cuts.length; k++) {
		const start = k === 0 ? 0 : cuts[k - 1] + 3;
		const end = k === cuts.length ? body.length : cuts[k];
		const list = parseNameList(body.slice(start, end).trim(), people);
		if (!list?.anchored) continue;
		if (k === 0) return { title: body.slice(cuts[0] + 3).trim(), speakers: list.mentions };
		const title = body.slice(0, cuts[k - 1]).trim();
		const remark = k < cuts.length ? body.slice(cuts[k] + 3).trim() : '';
		return remark ? { title, speakers: list.mentions, firstNote: remark } : { title, speakers: list.mentions };
	}
	return null;
}

/** `Fast Queues, a talk from [[Ada Byron]]`: links to known people anywhere; the title shows every link as text. */
function personLinks(body: string, shape: LineShape, people: PeopleDirectory): SpeakerSplit | null {
	const speakers: SpeakerMention[] = [];
	const seen = new Set<string>();
	const links: string[] = [];
	const out: string[] = [];
	let from = 0;
	for (let i = body.indexOf('['); i >= 0 && i < body.length; i = body.indexOf('[', i)) {
		if (body.charCodeAt(i - 1) === 33) { i++; continue; } // an embed or image is not a person
		const wiki = wikilinkEnd(shape, i);
		const link = wiki > 0 ? null : markdownLinkAt(shape, i);
		if (wiki < 0 && !link) { i++; continue; }
		let name = '';
		let display: string;
		let target: string;
		let end: number;
		if (wiki > 0) {
			const parts = wikilinkParts(body.slice(i + 2, wiki - 2));
			const base = parts.target.slice(parts.target.lastIndexOf('/') + 1).trim();
			if (isKnownPerson(base, people) || isKnownPerson(parts.display, people)) name = base;
			({ display, target } = parts);
			end = wiki;
		} else {
			const l = link as NonNullable<typeof link>;
			display = unwrapEmphasis(body.slice(i + 1, l.textEnd).trim());
			if (isKnownPerson(display, people)) name = display;
			target = l.url;
			end = l.end;
		}
		out.push(body.slice(from, i), display);
		from = end;
		i = end;
		if (!name) { if (target) links.push(target); continue; }
		if (seen.has(fold(name))) continue;
		seen.add(fold(name));
		speakers.push(wiki > 0 ? { name, link: target } : { name });
	}
	if (speakers.length === 0) return null;
	out.push(body.slice(from));
	return { title: out.join(''), speakers, titleLinks: links };
}

/** Applies the rules in the documented order; the last resort is the whole line as the title. */
export function splitSpeakers(body: string, people: PeopleDirectory, shape: LineShape = lineShape(body), seps: Separators = topLevelSeparators(shape)): SpeakerSplit {
	return (
		leadingSpanRule(body, shape, people) ??
		(seps.tilde >= 0 ? twoSided(body, seps.tilde, 1, people) : null) ??
		(seps.dash ? twoSided(body, seps.dash.at, seps.dash.length, people) : null) ??
		colonRule(body, seps, people) ??
		byRule(body, seps, people) ??
		trailingGroup(body, seps, people) ??
		hyphenRule(body, seps, people) ??
		personLinks(body, shape, people) ?? { title: body, speakers: [] }
	);
}

/** `Jon Haddad: Distributed System ...`: names before the first colon. */
function colonRule(body: string, seps: Separators, people: PeopleDirectory): SpeakerSplit | null {
	if (seps.colon <= 0) return null;
	const title = body.slice(seps.colon + 1).trim();
	const list = title ? parseNameList(body.slice(0, seps.colon).trim(), people) : null;
	return list ? { title, speakers: list.mentions } : null;
}

/** `Why Tests Flake by Bo Linde`: names after the last ` by `. */
function byRule(body: string, seps: Separators, people: PeopleDirectory): SpeakerSplit | null {
	if (seps.by <= 0) return null;
	const title = body.slice(0, seps.by).trim();
	const names = title ? namesWithRemark(body.slice(seps.by + 3), people) : null;
	if (!names) return null;
	return names.remark ? { title, speakers: names.list.mentions, firstNote: names.remark } : { title, speakers: names.list.mentions };
}
