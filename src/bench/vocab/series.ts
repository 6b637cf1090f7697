/** Conference series that recur yearly, and evening meetups, for the schedule of synthetic vaults. */

/** One yearly conference series. */
export interface SeriesSpec {
	/** Base name; with `yearInName` the conference is `<name> <year>`, else one conference over the years. */
	readonly name: string;
	readonly yearInName: boolean;
	/** Month (1-12) and day of the first day, before a few days of yearly jitter. */
	readonly month: number;
	readonly day: number;
	/** Days per edition. */
	readonly days: number;
	/** Tracks named on panel lines (`Threads | Live Discussion - ...`). */
	readonly tracks: readonly string[];
}

/** Yearly series, most popular first: a profile takes the first n. */
export const SERIES: readonly SeriesSpec[] = [
	{ name: 'ScyllaDB P99 Conf', yearInName: false, month: 10, day: 18, days: 2, tracks: ['Threads', 'Tail', 'Main'] },
	{ name: 'Strange Loop', yearInName: true, month: 9, day: 21, days: 3, tracks: ['Peabody', 'Grand', 'Pageant'] },
	{ name: 'FOSDEM', yearInName: true, month: 2, day: 3, days: 2, tracks: ['Janson', 'K.1.105', 'H.2215'] },
	{ name: 'RustConf', yearInName: true, month: 9, day: 10, days: 2, tracks: ['Main Stage', 'Room B'] },
	{ name: 'KubeCon Europe', yearInName: true, month: 4, day: 18, days: 3, tracks: ['Keynote Hall', 'Hall 7', 'Room E'] },
	{ name: 'Monitorama', yearInName: false, month: 6, day: 5, days: 2, tracks: ['Main'] },
	{ name: 'QCon London', yearInName: true, month: 3, day: 27, days: 3, tracks: ['Mountbatten', 'Fleming', 'Whittle'] },
	{ name: 'SREcon Americas', yearInName: true, month: 3, day: 14, days: 3, tracks: ['Grand Ballroom', 'Track 2'] },
	{ name: 'GOTO Amsterdam', yearInName: true, month: 6, day: 12, days: 2, tracks: ['Effectenbeurszaal', 'Graanbeurszaal'] },
	{ name: 'PyCon US', yearInName: true, month: 5, day: 15, days: 3, tracks: ['Hall A', 'Room 317'] },
	{ name: 'JSConf EU', yearInName: true, month: 6, day: 1, days: 2, tracks: ['Side A', 'Side B'] },
	{ name: 'EuroRust', yearInName: true, month: 10, day: 9, days: 2, tracks: ['Main'] },
	{ name: 'NDC Oslo', yearInName: true, month: 6, day: 7, days: 3, tracks: ['Room 1', 'Room 2', 'Room 3'] },
	{ name: 'Papers We Love Conf', yearInName: false, month: 9, day: 14, days: 1, tracks: ['Main'] },
	{ name: 'CMU Database Seminar', yearInName: false, month: 11, day: 6, days: 1, tracks: ['Online'] },
	{ name: 'Kafka Summit London', yearInName: true, month: 3, day: 19, days: 2, tracks: ['Core', 'Streaming'] },
	{ name: 'Velocity', yearInName: true, month: 11, day: 12, days: 3, tracks: ['Ops', 'Performance'] },
	{ name: 'ElixirConf EU', yearInName: true, month: 4, day: 8, days: 2, tracks: ['Auditorium', 'Room B'] },
	{ name: 'Devoxx Belgium', yearInName: true, month: 10, day: 2, days: 3, tracks: ['Room 8', 'Room 5', 'BOF 1'] },
	{ name: 'DDD Europe', yearInName: true, month: 5, day: 29, days: 2, tracks: ['Main', 'Workshop Room'] },
	{ name: 'Øredev', yearInName: true, month: 11, day: 20, days: 2, tracks: ['Hall 1', 'Hall 2'] },
	{ name: 'Lambda Days', yearInName: true, month: 6, day: 26, days: 2, tracks: ['Main'] },
	{ name: 'WasmCon', yearInName: true, month: 9, day: 5, days: 2, tracks: ['Main', 'Hallway'] },
	{ name: 'All Things Open', yearInName: true, month: 10, day: 27, days: 3, tracks: ['Room 201', 'Room 302'] },
];

/** Evening meetups, written with `#conference` (the name is the line's text). */
export const MEETUPS: readonly string[] = [
	'Local Rust meetup',
	'Berlin Papers We Love',
	'Database internals reading group',
	'Observability meetup',
	'Functional programming evening',
];
