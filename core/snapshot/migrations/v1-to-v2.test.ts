import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../parse-snapshot.ts';
import { migrateV1ToV2 } from './v1-to-v2.ts';

const version1 = JSON.parse(readFileSync(new URL('../fixtures/snapshot-v1.json', import.meta.url), 'utf8'));

describe('migrateV1ToV2', () => {
  it('drops the retired training-cost assumption and keeps the others as saved', () => {
    const migrated = migrateV1ToV2.migrate(version1) as { assumptions: Record<string, unknown> };
    expect(Object.keys(migrated.assumptions)).toEqual(['currency', 'leaverCostShare', 'workingDaysPerYear', 'feedbackSlaDays', 'salaryAnnualFallback']);
    expect(migrated.assumptions.leaverCostShare).toEqual(version1.assumptions.leaverCostShare);
  });

  it('opens a version 1 snapshot holding a training return, with that finding uncosted and the rest untouched', () => {
    const [costed] = version1.findings;
    const training = { ...costed, id: 'segment-gap|training', impact: { ...costed.impact, id: 'training-roi|R&D', kind: 'training-roi', assumptionKeys: ['trainingCostPerParticipant'] } };
    const snapshot = parseSnapshot(JSON.stringify({ ...version1, findings: [costed, training] }));
    expect(snapshot.schemaVersion).toBe(2);
    expect(snapshot.findings.map((finding) => finding.impact?.kind ?? null)).toEqual(['turnover-cost', null]);
    expect(snapshot.findings[1]).toEqual({ ...training, impact: null });
    expect(snapshot.documents).toEqual(version1.documents);
  });
});
