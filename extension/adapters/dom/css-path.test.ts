import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/fixtures/hris/load-hris-fixture.ts';
import { cssPath } from './css-path.ts';

describe('cssPath', () => {
  it('steps up to the nearest plain id, and finds the same element again', () => {
    const document = parseHtml('<div id="app"><section><p></p><table></table><table class="x"></table></section></div><div id="1.x"><table></table></div>');
    const second = document.querySelectorAll('#app table')[1];
    expect(cssPath(second)).toBe('#app > section:nth-of-type(1) > table:nth-of-type(2)');
    expect(document.querySelector(cssPath(second))).toBe(second);
    const unplain = document.querySelectorAll('table')[2];
    expect(cssPath(unplain)).toBe('body > div:nth-of-type(2) > table:nth-of-type(1)');
  });
});
