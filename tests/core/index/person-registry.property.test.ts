import fc from 'fast-check';
import { ClaimedNameHashes } from '../../../src/core/index/claimed-name-hashes';
import { PersonRegistry } from '../../../src/core/index/people-directory';
import type { PersonNote } from '../../../src/core/model';
import { fold } from '../../../src/core/text/fold';

/** Names and aliases, with the variants a note may write them in. */
const NAMES = ['Ada Byron', 'ada byron', 'ADA  BYRON', ' Ada Byron', 'Adá Byron', 'Carl Lerche', 'carllerche', 'Carl', 'Zoë Ng', 'Zoe Ng', 'Ng', 'Reading list'];
/** What the parser asks about: the names, their variants, and texts nobody claims. */
const ASKED = [...NAMES, 'ada byron ', 'Ada\tByron', 'CARL LERCHE', 'Somebody Else', 'Bloom filters', '', ' ', 'zoë ng', 'ZOE NG', 'Ada Byronx'];

/** What `canonical` must answer, worked out from the notes alone (people-directory.ts's rules). */
function expected(persons: ReadonlyMap<string, PersonNote>, asked: string): string | undefined {
	const key = fold(asked);
	if (!key) return undefined;
	const byPath = [...persons.values()].filter((p) => fold(p.name) !== '').sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const owner = byPath.find((p) => fold(p.name) === key) ?? byPath.find((p) => p.aliases.some((alias) => fold(alias) === key));
	if (!owner) return undefined;
	return byPath.find((p) => fold(p.name) === fold(owner.name))?.name;
}

const person = fc.record({
	path: fc.constantFrom('People/a.md', 'People/b.md', 'People/c.md', 'Other/d.md'),
	name: fc.constantFrom(...NAMES),
	aliases: fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }),
	remove: fc.boolean(),
});

describe('PersonRegistry.canonical', () => {
	it('answers as the rules say through any run of person notes added, changed and removed', () => {
		fc.assert(
			fc.property(fc.array(person, { maxLength: 12 }), (steps) => {
				const registry = new PersonRegistry();
				const persons = new Map<string, PersonNote>();
				for (const step of steps) {
					if (step.remove) {
						registry.set(step.path, undefined);
						persons.delete(step.path);
					} else {
						const note = { name: step.name, aliases: step.aliases, file: step.path };
						registry.set(step.path, note);
						persons.set(step.path, note);
					}
					for (const asked of ASKED) expect(registry.canonical(asked)).toBe(expected(persons, asked));
				}
			}),
		);
	});

	it('forgets every name when cleared', () => {
		const registry = new PersonRegistry();
		registry.set('People/Ada Byron.md', { name: 'Ada Byron', aliases: ['Ada'], file: 'People/Ada Byron.md' });
		expect(registry.canonical('ADA')).toBe('Ada Byron');
		registry.clear();
		expect(registry.canonical('ADA')).toBeUndefined();
		expect(registry.canonical('Ada Byron')).toBeUndefined();
	});
});

describe('ClaimedNameHashes', () => {
	it('says no only for a tidy ASCII text whose lower case nobody claims', () => {
		const hashes = new ClaimedNameHashes();
		hashes.add('ada byron');
		expect(hashes.mayClaim('Ada Byron')).toBe(true);
		expect(hashes.mayClaim('ADA BYRON')).toBe(true);
		expect(hashes.mayClaim('Bloom filters')).toBe(false);
		expect(hashes.mayClaim('Ada Byro')).toBe(false);
		// Texts folding would change beyond ASCII case are never ruled out here.
		for (const untidy of ['Ada  Byron', ' Ada Byron', 'Ada Byron ', 'Ada\tByron', 'Adá Byron', 'Bloom  filters']) {
			expect(hashes.mayClaim(untidy)).toBe(true);
		}
	});

	it('keeps a name while any claim on it is left', () => {
		const hashes = new ClaimedNameHashes();
		hashes.add('ada byron');
		hashes.add('ada byron');
		hashes.remove('ada byron');
		expect(hashes.mayClaim('Ada Byron')).toBe(true);
		hashes.remove('ada byron');
		expect(hashes.mayClaim('Ada Byron')).toBe(false);
	});
});
