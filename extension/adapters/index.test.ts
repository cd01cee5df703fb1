import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture, parseHtml } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { strategiesFor, type HrisAdapter } from './adapter.ts';
import { allAdapters, extractPage, knownHrisMatches, tableProbe } from './index.ts';

const dir = new URL('./', import.meta.url);
const adapterFiles = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !['adapter.ts', 'index.ts'].includes(file));
const fixtures = readdirSync(new URL('../../test/fixtures/hris/', import.meta.url)).filter((file) => file.endsWith('.expected.json')).map((file) => file.replace('.expected.json', ''));

/** Which adapter each fixture page is made for. */
const fixtureAdapter: Record<string, string> = {
  'orangehrm-employee-list': 'orangehrm',
  'orangehrm-candidates-mobile': 'orangehrm',
  'odoo-employees': 'odoo',
  'odoo-employees-grouped': 'odoo',
  'frappe-employee-list': 'frappe',
  'frappe-employee-list-virtual': 'frappe',
  'workday-grid': 'workday',
  'workday-table': 'workday',
  'ag-grid-people': 'ag-grid',
  'mui-data-grid-team': 'mui-data-grid',
  'sap-m-table-directory': 'sap-m-table',
  'sap-ui-table-employees': 'sap-ui-table',
  'antd-roster-zh': 'antd-table',
  'antd3-fixed-columns-zh': 'antd-table',
  'antd-grouped-headers-zh': 'antd-table',
  'greenhouse-candidates-page2': 'json-island-table',
  'hostile-cells': 'generic-table',
};

describe('adapter registry', () => {
  it('registers every adapter file once, with its id equal to its file name and a test beside it', () => {
    expect(allAdapters.map((adapter) => `${adapter.id}.ts`).sort()).toEqual(adapterFiles.sort());
    const files = readdirSync(dir);
    for (const adapter of allAdapters) expect(files).toContain(`${adapter.id}.test.ts`);
  });

  it('has a fixture for every adapter and knows which adapter each fixture is for', () => {
    expect(fixtures.sort()).toEqual(Object.keys(fixtureAdapter).sort());
    expect(new Set(Object.values(fixtureAdapter))).toEqual(new Set(allAdapters.map((adapter) => adapter.id)));
  });

  it.each(Object.entries(fixtureAdapter))('picks the right adapter for %s by URL or by DOM alone', (name, adapterId) => {
    const { document, expected } = loadHrisFixture(name);
    expect(extractPage(document, expected.url, fixtureCapturedAt)?.adapterId).toBe(adapterId);
    expect(extractPage(document, 'http://127.0.0.1:4173/page', fixtureCapturedAt)?.adapterId).toBe(adapterId);
    expect(document.querySelector(tableProbe)).not.toBeNull();
  });

  it.each(['orangehrm-employee-list', 'odoo-employees', 'frappe-employee-list', 'frappe-employee-list-virtual', 'workday-grid', 'workday-table', 'ag-grid-people', 'mui-data-grid-team', 'sap-m-table-directory', 'sap-ui-table-employees', 'antd-roster-zh', 'antd3-fixed-columns-zh', 'greenhouse-candidates-page2'])(
    'finds the control that collects the rest of %s (scroller, the window, next page or next link)',
    (name) => {
      const { document } = loadHrisFixture(name);
      const adapter: HrisAdapter | undefined = allAdapters.find((candidate) => candidate.id === fixtureAdapter[name]);
      const controls = (adapter ? strategiesFor(adapter, document) : []).map((strategy) => (strategy.kind === 'scroll' ? strategy.scroller : strategy.next));
      expect(controls.some((selectors) => selectors.length === 0 || selectors.some((selector) => document.querySelector(selector)))).toBe(true);
    },
  );

  it('finds nothing on a page without tables, and its probe says so', () => {
    const document = parseHtml('<main><h1>Welcome back</h1><p>No lists here.</p><ul><li>Inbox</li></ul></main>');
    expect(document.querySelector(tableProbe)).toBeNull();
    expect(extractPage(document, 'https://example.com/')).toBeNull();
  });

  it('offers only https match patterns of hosted vendors as optional hosts', () => {
    expect(knownHrisMatches.length).toBeGreaterThan(5);
    for (const pattern of knownHrisMatches) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });
});
