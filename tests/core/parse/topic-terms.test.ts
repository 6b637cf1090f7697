import type { TopicRule } from '../../../src/core/parse/parse-context';
import { parseTopicList } from '../../../src/core/settings';
import { MAX_SLOWDOWN, repeatTo, slowdown } from './linear-time';
import { topicTermsIn } from './parse-helpers';

const rules: TopicRule[] = parseTopicList(['k8s, kube => Kubernetes', 'C++', '.NET', 'machine learning => ML', 'Rust', 'Zoë'].join('\n'));

describe('topicTermsIn', () => {
	it('matches names and aliases case-insensitively, giving the topic name', () => {
		expect(topicTermsIn('We run K8S everywhere', rules)).toEqual(['Kubernetes']);
		expect(topicTermsIn('kubernetes and kube', rules)).toEqual(['Kubernetes']);
	});

	it('matches whole words only', () => {
		expect(topicTermsIn('k8sfoo and xk8s and trust', rules)).toEqual([]);
		expect(topicTermsIn('(k8s), k8s/helm, k8s.', rules)).toEqual(['Kubernetes']);
		expect(topicTermsIn('Rustacean', rules)).toEqual([]);
	});

	it('handles terms with symbols and several words', () => {
		expect(topicTermsIn('Modern C++ and .NET on Machine   Learning', rules)).toEqual(['C++', '.NET', 'ML']);
		expect(topicTermsIn('C+ or NET alone', rules)).toEqual([]);
	});

	it('ignores accents like the rest of the index', () => {
		expect(topicTermsIn('talk by zoe', rules)).toEqual(['Zoë']);
	});

	it('returns each topic once, in rule order', () => {
		expect(topicTermsIn('rust k8s rust kube', rules)).toEqual(['Kubernetes', 'Rust']);
		expect(topicTermsIn('anything', [])).toEqual([]);
	});

	it('reuses the compiled rules for the same array and recompiles for a new one', () => {
		expect(topicTermsIn('rust', rules)).toEqual(['Rust']);
		const changed = parseTopicList('Rust => Rust Lang');
		expect(topicTermsIn('rust', changed)).toEqual(['Rust Lang']);
	});

	it('stays linear on megabytes, even with long terms', () => {
		const heavy = [...rules, { name: 'Long', terms: ['a a a a a a a a a a a a a a a a b'] }];
		for (const unit of ['a ', 'k8s', 'C++ ', 'x']) {
			const factor = slowdown(repeatTo(unit), (text) => topicTermsIn(text, heavy));
			expect({ unit, fast: factor < MAX_SLOWDOWN }).toEqual({ unit, fast: true });
		}
	}, 60000);
});
