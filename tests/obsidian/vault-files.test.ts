import { TFile, TFolder, type CachedMetadata } from 'obsidian';
import { likelyPersonNote, markdownUnder, pathsUnder } from '../../src/obsidian/vault-files';

function file(path: string): TFile {
	const f = new TFile();
	f.path = path;
	f.extension = path.slice(path.lastIndexOf('.') + 1);
	return f;
}

function folder(path: string, children: (TFile | TFolder)[]): TFolder {
	const f = new TFolder();
	f.path = path;
	f.children = children;
	return f;
}

const noMetadata = { getFileCache: (): CachedMetadata | null => null };

describe('vault files', () => {
	it('finds the markdown files in nested folders, nothing else', () => {
		const tree = folder('a', [file('a/x.md'), file('a/y.png'), folder('a/b', [file('a/b/z.md')])]);
		expect(markdownUnder(tree).map((f) => f.path)).toEqual(['a/x.md', 'a/b/z.md']);
	});

	it('takes the paths inside a folder, not those of a sibling sharing its prefix', () => {
		expect(pathsUnder(['a/x.md', 'ab/y.md', 'a.md', 'a/b/z.md'], 'a')).toEqual(['a/x.md', 'a/b/z.md']);
	});

	it('guesses person notes by folder (trailing slashes ignored) or by front matter type', () => {
		const typed = file('Inbox/Ada.md');
		const metadata = { getFileCache: (f: TFile): CachedMetadata | null => (f === typed ? { frontmatter: { type: 'person' } } : null) };
		const likely = likelyPersonNote('People//', metadata);
		expect(likely(file('People/Grace.md'))).toBe(true);
		expect(likely(file('Peoples/Grace.md'))).toBe(false);
		expect(likely(typed)).toBe(true);
	});

	it('matches no folder when the people folder is empty or the root', () => {
		expect(likelyPersonNote('', noMetadata)(file('Grace.md'))).toBe(false);
		expect(likelyPersonNote('/', noMetadata)(file('Grace.md'))).toBe(false);
	});
});
