/** Command-line parsing for `talks`: subcommand, vault folder, options. Pure, so every usage error is testable. */

/** The subcommands, in the order the help lists them. */
export const SUBCOMMANDS = ['export', 'talks', 'speakers', 'topics', 'conferences', 'search'] as const;

/** One subcommand name. */
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** A valid invocation. */
export interface CliCommand {
	readonly name: Subcommand;
	readonly vault: string;
	readonly json: boolean;
	/** `search`: the query words joined by spaces. */
	readonly query: string;
	/** `search`: most results shown. */
	readonly limit: number;
	/** `talks` filters: repeated options of one kind match any (OR); different kinds all (AND). */
	readonly speakers: readonly string[];
	readonly topics: readonly string[];
	readonly conferences: readonly string[];
}

/** What the arguments ask for. */
export type ParsedArgs =
	| { readonly kind: 'help' }
	| { readonly kind: 'run'; readonly command: CliCommand }
	| { readonly kind: 'usage-error'; readonly message: string };

/** Results `search` shows unless `--limit` says otherwise. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** The help text (`talks --help`). */
export const USAGE = `Usage: talks <command> <vault> [options]

Lists the conference talks written in an Obsidian vault's daily notes.

Commands:
  export <vault> [--json]        everything: talks, speakers, topics, conferences
  talks <vault> [filters]        talks, newest first
      --speaker NAME             only talks by this speaker (name, alias or id)
      --topic NAME               only talks on this topic
      --conference NAME          only talks at this conference
                                 (repeat an option to match any of several)
  speakers <vault> [--json]      speakers, most talks first, then by name
  topics <vault> [--json]        topics, most talks first
  conferences <vault> [--json]   conferences, newest first
  search <vault> <query...>      talks matching the words, best match first
      --limit N                  show at most N results (default ${DEFAULT_SEARCH_LIMIT})
  help                           show this help

Options:
  --json      print JSON instead of a table. A talk's "track" is null when the
              line has none, so every talk has the same keys.
  -h, --help  show this help

Problems in notes are printed to stderr as "file:line: message" and do not
change the exit status. Exit status: 0 done, 1 unexpected failure, 2 usage error.
`;

/** Options that take a value, and the subcommands that accept them. */
const VALUE_OPTIONS: Readonly<Record<string, readonly Subcommand[]>> = {
	'--speaker': ['talks'],
	'--topic': ['talks'],
	'--conference': ['talks'],
	'--limit': ['search'],
};

/** Parses `argv` (without `node` and the script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	if (argv.length === 0) return usageError('no command given');
	const dashes = argv.indexOf('--');
	const options = dashes < 0 ? argv : argv.slice(0, dashes);
	if (options.some((arg) => arg === '--help' || arg === '-h') || argv[0] === 'help') return { kind: 'help' };
	const name = argv[0] ?? '';
	if (!isSubcommand(name)) return usageError(`unknown command "${name}"`);

	const positional: string[] = [];
	const values: Record<string, string[]> = {};
	let json = false;
	let optionsDone = false;
	for (let i = 1; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (optionsDone || !arg.startsWith('-') || arg === '-') {
			positional.push(arg);
			continue;
		}
		if (arg === '--') {
			optionsDone = true;
			continue;
		}
		if (arg === '--json') {
			json = true;
			continue;
		}
		const eq = arg.indexOf('=');
		const option = eq > 0 ? arg.slice(0, eq) : arg;
		const allowed = VALUE_OPTIONS[option];
		if (!allowed) return usageError(`unknown option "${option}"`);
		if (!allowed.includes(name)) return usageError(`"${option}" does not apply to "${name}"`);
		const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
		if (value === undefined || value.trim() === '') return usageError(`"${option}" needs a value`);
		(values[option] ??= []).push(value.trim());
	}

	const vault = positional[0];
	if (vault === undefined) return usageError(`"${name}" needs a vault folder`);
	const words = positional.slice(1);
	if (name === 'search' && words.join('').trim() === '') return usageError('"search" needs a query');
	if (name !== 'search' && words.length > 0) return usageError(`unexpected argument "${words[0] ?? ''}"`);

	const limitText = values['--limit']?.slice(-1)[0];
	const limit = limitText === undefined ? DEFAULT_SEARCH_LIMIT : Number(limitText);
	if (!Number.isInteger(limit) || limit < 1) return usageError(`"--limit" needs a positive whole number, not "${limitText ?? ''}"`);

	return {
		kind: 'run',
		command: {
			name,
			vault,
			json,
			query: words.join(' ').trim(),
			limit,
			speakers: values['--speaker'] ?? [],
			topics: values['--topic'] ?? [],
			conferences: values['--conference'] ?? [],
		},
	};
}

function isSubcommand(name: string): name is Subcommand {
	return (SUBCOMMANDS as readonly string[]).includes(name);
}

function usageError(message: string): ParsedArgs {
	return { kind: 'usage-error', message };
}
