import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arqueroSuite } from './arquero-suite.ts';
import { benchScenario } from './bench-scenario.ts';
import { duckdbSuite } from './duckdb-suite.ts';
import { analyzeCsvFile, analyzeValues } from './peoplecase-paths.ts';
import { compareSuites, suiteFromEvidence, type SuiteResult } from './suite-result.ts';
import { generateRoster, rosterCsvFile, rosterValues } from './synthetic-roster.ts';

// The benchmark's correctness half at a size a test can afford: the same seeded roster through our two paths and both
// peers must give the same figure for every metric, per department and overall.
const ROWS = 20_000;

describe(`bench suite agreement at ${ROWS} rows`, () => {
  let dir: string;
  let file: string;
  let ours: SuiteResult;
  let duckdb: SuiteResult;
  let arquero: SuiteResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peoplecase-bench-'));
    file = rosterCsvFile(ROWS, benchScenario.seed, dir);
    ours = suiteFromEvidence(analyzeCsvFile(file).evidence);
    duckdb = await duckdbSuite(file, 2);
    arquero = arqueroSuite(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the peers compute every figure of the roster suite, per department and overall', () => {
    const suite = ['compa_ratio', 'early_attrition', 'exit_reason_share', 'headcount', 'leaver_compa_ratio', 'pay_gap', 'quality_of_hire', 'retention_rate', 'span_of_control', 'tenure', 'turnover_rate'];
    const inSuite = (key: string) => suite.includes(key.split(/[:|]/)[0]);
    const expected = Object.keys(ours).filter(inSuite).sort();
    expect(expected.length).toBeGreaterThanOrEqual(18 * 9);
    for (const peer of [duckdb, arquero]) expect(Object.keys(peer).filter(inSuite).sort()).toEqual(expected);
  });

  it('the 2D-array path gives exactly the CSV path figures', () => {
    expect(compareSuites(ours, suiteFromEvidence(analyzeValues(rosterValues(generateRoster(ROWS, benchScenario.seed))).evidence), 0)).toEqual([]);
  });

  it('DuckDB agrees on every figure (same n, values within 1e-9 relative)', () => {
    expect(compareSuites(ours, duckdb, 1e-9)).toEqual([]);
  });

  it('arquero agrees on every figure (same n, values within 1e-9 relative)', () => {
    expect(compareSuites(ours, arquero, 1e-9)).toEqual([]);
  });
});
