import { DEFAULT_SETTINGS, mergeSettings, parseTopicList } from '../../src/core/settings';

describe('settings', () => {
	it('merges stored values over defaults without mutating the defaults', () => {
		const merged = mergeSettings({ peopleFolder: 'People', autoKeywords: false, keywordsPerTalk: 'x', junk: 1 });
		expect(merged.peopleFolder).toBe('People');
		expect(merged.autoKeywords).toBe(false);
		expect(merged.keywordsPerTalk).toBe(DEFAULT_SETTINGS.keywordsPerTalk);
		expect('junk' in merged).toBe(false);
		expect(DEFAULT_SETTINGS.peopleFolder).toBe('');
	});

	it('falls back to defaults for garbage data', () => {
		expect(mergeSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(mergeSettings('oops')).toEqual(DEFAULT_SETTINGS);
	});

	it('reads a topic list with aliases', () => {
		expect(parseTopicList('k8s, kube => Kubernetes\n\n# comment\nRust\n=> \n')).toEqual([
			{ name: 'Kubernetes', terms: ['Kubernetes', 'k8s', 'kube'] },
			{ name: 'Rust', terms: ['Rust'] },
		]);
	});
});
