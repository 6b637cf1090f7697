/**
 * @jest-environment jsdom
 */
import './dom-helpers';

test('instanceOf answers like instanceof (it once called itself forever)', () => {
	const div = createDiv();
	expect(div.instanceOf(HTMLElement)).toBe(true);
	expect(div.instanceOf(Element)).toBe(true);
	expect(div.instanceOf(SVGElement)).toBe(false);
	expect(document.createTextNode('x').instanceOf(Element)).toBe(false);
});
