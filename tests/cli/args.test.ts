import { DEFAULT_SEARCH_LIMIT, parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
	it('asks for help with help, --help or -h anywhere before --', () => {
		expect(parseArgs(['help'])).toEqual({ kind: 'help' });
		expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
		expect(parseArgs(['speakers', 'vault', '-h'])).toEqual({ kind: 'help' });
		expect(parseArgs(['search', 'vault', '--', '--help']).kind).toBe('run');
	});

	it('reads a subcommand, a vault and --json', () => {
		const parsed = parseArgs(['speakers', 'my vault', '--json']);
		expect(parsed).toMatchObject({ kind: 'run', command: { name: 'speakers', vault: 'my vault', json: true } });
	});

	it('collects repeated talk filters, in both --opt value and --opt=value forms', () => {
		const parsed = parseArgs(['talks', 'v', '--speaker', 'Carl Lerche', '--speaker=glauber-costa', '--topic', 'Rust', '--conference=P99']);
		expect(parsed).toMatchObject({
			kind: 'run',
			command: { speakers: ['Carl Lerche', 'glauber-costa'], topics: ['Rust'], conferences: ['P99'] },
		});
	});

	it('joins search words into one query, keeping words after --', () => {
		expect(parseArgs(['search', 'v', 'zero', 'copy'])).toMatchObject({ command: { query: 'zero copy', limit: DEFAULT_SEARCH_LIMIT } });
		expect(parseArgs(['search', 'v', '--', '-fast'])).toMatchObject({ command: { query: '-fast' } });
		expect(parseArgs(['search', 'v', 'rust', '--limit', '3'])).toMatchObject({ command: { query: 'rust', limit: 3 } });
	});

	it.each([
		[[], 'no command given'],
		[['frobnicate', 'v'], 'unknown command "frobnicate"'],
		[['talks'], '"talks" needs a vault folder'],
		[['talks', 'v', '--colour'], 'unknown option "--colour"'],
		[['speakers', 'v', '--speaker', 'Carl'], '"--speaker" does not apply to "speakers"'],
		[['talks', 'v', '--speaker'], '"--speaker" needs a value'],
		[['talks', 'v', 'extra'], 'unexpected argument "extra"'],
		[['search', 'v'], '"search" needs a query'],
		[['search', 'v', 'x', '--limit', '0'], '"--limit" needs a positive whole number, not "0"'],
	])('reports %j as a usage error', (argv, message) => {
		expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
	});
});
