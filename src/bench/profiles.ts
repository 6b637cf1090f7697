/** Vault sizes for the benchmark (docs: shared/docs/performance.md) and the tests. */

/** The knobs of one synthetic vault. */
export interface VaultProfile {
	readonly name: string;
	readonly seed: number;
	/** Days in the date range, which ends on `lastDay`. */
	readonly days: number;
	readonly lastDay: string;
	/** Ordinary days that get a note: 'all', or a count sampled from the range (small profiles). */
	readonly ordinaryNotes: number | 'all';
	/** Number of yearly series (the first n of vocab/series.ts). */
	readonly series: number;
	readonly meetupsPerYear: number;
	/** Talks per conference context (inclusive range); meetups get 2-4. */
	readonly talksPerContext: readonly [number, number];
	/** Bullets under an ordinary talk, and the share of long talks (30-120 bullets, 5 levels). */
	readonly bodyBullets: readonly [number, number];
	readonly longTalkShare: number;
	/** Journal lines of an ordinary day. */
	readonly journalLines: readonly [number, number];
	readonly speakers: number;
	/** Share of speakers with a person note. */
	readonly personShare: number;
	/** Non-daily notes that opt in (`conference:` or `talks: true`). */
	readonly optInNotes: number;
}

/** The profiles by name. */
export const PROFILES: Readonly<Record<'tiny' | 'realistic' | 'stress', VaultProfile>> = {
	tiny: {
		name: 'tiny',
		seed: 20231018,
		days: 730,
		lastDay: '2025-12-31',
		ordinaryNotes: 34,
		series: 3,
		meetupsPerYear: 2,
		talksPerContext: [4, 7],
		bodyBullets: [1, 8],
		longTalkShare: 0.05,
		journalLines: [4, 14],
		speakers: 40,
		personShare: 0.15,
		optInNotes: 2,
	},
	realistic: {
		name: 'realistic',
		seed: 1018,
		days: 3650,
		lastDay: '2025-12-31',
		ordinaryNotes: 'all',
		series: 6,
		meetupsPerYear: 1,
		talksPerContext: [7, 12],
		bodyBullets: [3, 14],
		longTalkShare: 0.05,
		journalLines: [16, 58],
		speakers: 420,
		personShare: 0.08,
		optInNotes: 10,
	},
	stress: {
		name: 'stress',
		seed: 99,
		days: 20000,
		lastDay: '2025-12-31',
		ordinaryNotes: 'all',
		series: 20,
		meetupsPerYear: 11,
		talksPerContext: [8, 14],
		bodyBullets: [3, 14],
		longTalkShare: 0.05,
		journalLines: [12, 46],
		speakers: 6000,
		personShare: 0.05,
		optInNotes: 40,
	},
};

/** Profile names accepted by the command line. */
export type ProfileName = keyof typeof PROFILES;

/** Whether a string names a profile. */
export function isProfileName(name: string): name is ProfileName {
	return Object.prototype.hasOwnProperty.call(PROFILES, name);
}
