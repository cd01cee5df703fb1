import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvText } from '../demo/csv-text.ts';
import { demoTableNames, generateDemoCompany } from '../demo/demo-company.ts';

describe('examples/', () => {
  it('holds exactly what the generator produces, so the committed files never drift from the code', () => {
    const company = generateDemoCompany();
    for (const name of demoTableNames) {
      expect(readFileSync(new URL(`../../examples/${name}.csv`, import.meta.url), 'utf8'), name).toBe(csvText(company[name]));
    }
  });
});
