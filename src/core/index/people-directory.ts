import type { PersonNote } from '../model';
import type { PeopleDirectory } from '../parse/parse-context';
import { fold } from '../text/fold';
import { ownString } from '../text/own-string';
import { ClaimedNameHashes } from './claimed-name-hashes';
import { compareStrings } from './compare';

/** Most `canonical` answers remembered at once. */
const ANSWERS_LIMIT = 8192;

/**
 * Person notes and the names they claim, kept per path so a person note's update
 * costs the size of that note. A folded name belongs to the person note of that
 * name; failing that, to the person note that lists it as an alias. When several
 * notes claim the same name, the smallest path wins (deterministic, whatever the
 * order the notes arrived in).
 */
export class PersonRegistry implements PeopleDirectory {
	private readonly persons = new Map<string, PersonNote>();
	/** Folded person name to the paths of the person notes with that name. */
	private readonly nameClaims = new Map<string, Set<string>>();
	/** Folded alias to the paths of the person notes that list it. */
	private readonly aliasClaims = new Map<string, Set<string>>();
	/** Hashes of every key of both claim maps: most names asked about are ruled out by them alone. */
	private readonly claimed = new ClaimedNameHashes();
	private changes = 0;
	/**
	 * `canonical` answers given since the last change, by name as asked; `null` for a name no
	 * person claims, so that one lookup tells a remembered "nobody" from a name never asked.
	 */
	private readonly answers = new Map<string, string | null>();
	private answersVersion = 0;

	/** Bumped whenever a person note is added, changed or removed: parses remembered before may read names differently. */
	get version(): number {
		return this.changes;
	}

	/** Sets (or with `undefined` forgets) the person note at `path`; returns the folded names whose owner may have changed. */
	set(path: string, person: PersonNote | undefined): string[] {
		const touched = new Set<string>();
		const old = this.persons.get(path);
		if (old || person) this.changes++;
		if (old) {
			for (const name of claimedNames(old)) touched.add(name);
			this.unclaim(this.nameClaims, fold(old.name), path);
			for (const alias of old.aliases) this.unclaim(this.aliasClaims, fold(alias), path);
			this.persons.delete(path);
		}
		if (person && fold(person.name)) {
			this.persons.set(path, person);
			for (const name of claimedNames(person)) touched.add(name);
			this.claim(this.nameClaims, fold(person.name), path);
			for (const alias of person.aliases) {
				if (fold(alias)) this.claim(this.aliasClaims, fold(alias), path);
			}
		}
		return [...touched];
	}

	clear(): void {
		this.changes++;
		this.persons.clear();
		this.nameClaims.clear();
		this.aliasClaims.clear();
		this.claimed.clear();
	}

	/**
	 * Canonical name for a name or alias (case, accent and whitespace folded), if a person note
	 * claims it. The parser asks about every speaker candidate and link of every talk, and
	 * folding accented names is slow: a tidy ASCII name nobody claims is answered from the
	 * hashes of the claimed names, and other answers are remembered until the person notes change.
	 */
	canonical(name: string): string | undefined {
		if (!this.claimed.mayClaim(name)) return undefined;
		if (this.answersVersion !== this.changes || this.answers.size >= ANSWERS_LIMIT) {
			this.answers.clear();
			this.answersVersion = this.changes;
		}
		const known = this.answers.get(name);
		if (known !== undefined) return known ?? undefined;
		const owner = this.owner(fold(name));
		const answer = owner ? this.displayName(fold(owner.name)) : undefined;
		// A key of its own: a name sliced out of a note would keep the note text alive.
		this.answers.set(ownString(name), answer ?? null);
		return answer;
	}

	/** The folded key of the speaker a folded name belongs to: the owning person's folded name, else the name itself. */
	keyFor(folded: string): string {
		const owner = this.owner(folded);
		return owner ? fold(owner.name) : folded;
	}

	/** True when a person note claims this folded name as its name or an alias. */
	claims(folded: string): boolean {
		return this.nameClaims.has(folded) || this.aliasClaims.has(folded);
	}

	/** Person notes whose folded name is `key`, by path. */
	personsNamed(key: string): PersonNote[] {
		const claims = this.nameClaims.get(key);
		// Most speakers have no person note: no list to sort.
		if (claims === undefined) return [];
		const paths = [...claims].sort(compareStrings);
		return paths.map((path) => this.persons.get(path)).filter((person): person is PersonNote => person !== undefined);
	}

	/** Display name of the person with folded name `key`: the name of its first note by path. */
	private displayName(key: string): string | undefined {
		return this.personsNamed(key)[0]?.name;
	}

	private claim(claims: Map<string, Set<string>>, name: string, path: string): void {
		let paths = claims.get(name);
		if (!paths) {
			paths = new Set<string>();
			claims.set(name, paths);
			this.claimed.add(name);
		}
		paths.add(path);
	}

	private unclaim(claims: Map<string, Set<string>>, name: string, path: string): void {
		const paths = claims.get(name);
		if (!paths) return;
		paths.delete(path);
		if (paths.size > 0) return;
		claims.delete(name);
		this.claimed.remove(name);
	}

	private owner(folded: string): PersonNote | undefined {
		const paths = this.nameClaims.get(folded) ?? this.aliasClaims.get(folded);
		if (!paths) return undefined;
		let first: string | undefined;
		for (const path of paths) if (first === undefined || compareStrings(path, first) < 0) first = path;
		return first === undefined ? undefined : this.persons.get(first);
	}
}

/** Every folded name a person note claims. */
function claimedNames(person: PersonNote): string[] {
	return [fold(person.name), ...person.aliases.map(fold)].filter((name) => name !== '');
}
