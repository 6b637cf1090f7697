/** Small, locale-stable text helpers for the explorer's counts. */

/** `1200` -> `1,200` (grouped by hand so tests and screenshots do not depend on the locale). */
export function formatNumber(value: number): string {
	const whole = Math.max(0, Math.round(value));
	return String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `1 talk`, `2 talks`, `1 conference`; irregular plurals are passed in. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Joins the non-empty parts with a middle dot, as Obsidian's own status lines do. */
export function joinParts(parts: readonly string[]): string {
	return parts.filter((part) => part !== '').join(' · ');
}
