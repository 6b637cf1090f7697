import { NO_PEOPLE } from '../../src/core/parse/parse-context';

describe('parse context', () => {
	it('an empty people directory knows nobody', () => {
		expect(NO_PEOPLE.canonical('Carl Lerche')).toBeUndefined();
	});
});
