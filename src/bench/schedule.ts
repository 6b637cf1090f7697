/**
 * Which days hold which conferences: yearly series on their usual dates (with a few
 * days of jitter), multi-day editions, and evening meetups. Two events on one day give
 * a note with two contexts, as the format allows.
 */
import type { Random } from './prng';
import type { VaultProfile } from './profiles';
import { MEETUPS, SERIES } from './vocab/series';

/** One conference context on one day. */
export interface ScheduledContext {
	/** Conference name: `Strange Loop 2023`, `ScyllaDB P99 Conf`, or a meetup's line text. */
	readonly conference: string;
	readonly meetup: boolean;
	readonly tracks: readonly string[];
	/** 0-based day of the edition and the edition's length. */
	readonly day: number;
	readonly days: number;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC timestamp. */
export function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** Every date of the profile's range, oldest first. */
export function dateRange(profile: VaultProfile): string[] {
	const last = Date.parse(`${profile.lastDay}T00:00:00Z`);
	return Array.from({ length: profile.days }, (_, i) => isoDate(last - (profile.days - 1 - i) * DAY_MS));
}

/** Conference contexts by date (dates outside the range are dropped). */
export function buildSchedule(rng: Random, profile: VaultProfile, dates: readonly string[]): Map<string, ScheduledContext[]> {
	const inRange = new Set(dates);
	const schedule = new Map<string, ScheduledContext[]>();
	const add = (date: string, context: ScheduledContext) => {
		if (!inRange.has(date)) return;
		const list = schedule.get(date) ?? [];
		if (list.some((c) => c.conference === context.conference)) return;
		list.push(context);
		schedule.set(date, list);
	};
	const firstYear = Number((dates[0] ?? profile.lastDay).slice(0, 4));
	const lastYear = Number(profile.lastDay.slice(0, 4));
	for (let year = firstYear; year <= lastYear; year++) {
		for (const series of SERIES.slice(0, profile.series)) {
			const start = Date.UTC(year, series.month - 1, series.day + rng.int(-3, 3));
			const conference = series.yearInName ? `${series.name} ${year}` : series.name;
			for (let day = 0; day < series.days; day++) {
				add(isoDate(start + day * DAY_MS), { conference, meetup: false, tracks: series.tracks, day, days: series.days });
			}
		}
		for (let k = 0; k < profile.meetupsPerYear; k++) {
			const dayOfYear = Math.floor(((k + 0.5) * 365) / profile.meetupsPerYear) + rng.int(-5, 5);
			const conference = MEETUPS[k % MEETUPS.length];
			add(isoDate(Date.UTC(year, 0, 1) + dayOfYear * DAY_MS), { conference, meetup: true, tracks: [], day: 0, days: 1 });
		}
	}
	return schedule;
}
