import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCase, type CaseTables } from '../analyze-case.ts';
import { demoAsOf, demoAssumptions } from '../cli/demo-command.ts';
import type { Finding } from '../findings/finding.ts';
import { langs } from '../i18n/index.ts';
import { allMetrics } from '../metrics/index.ts';
import { buildProposal, maxEvidenceFindings } from '../proposal/build-proposal.ts';
import { documentProblems } from '../proposal/document-inspection.ts';
import { matchPlaybook } from '../proposal/playbook/index.ts';
import type { ProposalInput } from '../proposal/proposal-input.ts';
import { indexEvidence, scopedFindings } from '../proposal/scope.ts';
import { dayFromIso } from '../table/day.ts';
import { readTableFile } from '../table/read-table-file.ts';
import { buildCase, documentBuilders, type Case } from './build-case.ts';

// The demo company's planted stories (examples/README.md, numbers from core/demo/story-numbers.ts, which reads the tables
// without PeopleCase's metrics) must come out of the pure pipeline, ranked where an HRBP would put them.
const roles = ['roster', 'requisitions', 'candidates', 'training', 'goals', 'business', 'approvals'] as const;

let theCase: Case;

/** The one finding of a kind on a metric, variant and department, or a failure naming what was looked for. */
function findingOf(kind: Finding['kind'], metric: string, variant: string | null, department: string): Finding {
  const found = theCase.findings.find((f) => f.kind === kind && f.metric === metric && f.variant === variant && f.department === department);
  if (!found) throw new Error(`no ${kind} finding on ${metric}${variant ? `:${variant}` : ''} for ${department}`);
  return found;
}

/** The primary evidence of a finding. */
function evidenceOf(finding: Finding) {
  return theCase.evidence.find((item) => item.id === finding.evidenceIds[0])!;
}

beforeAll(async () => {
  const tables: Partial<CaseTables> = {};
  for (const role of roles) tables[role] = await readTableFile(readFileSync(new URL(`../../examples/${role}.csv`, import.meta.url)), `${role}.csv`);
  const assumptions = demoAssumptions();
  const settings = { slaDays: assumptions.feedbackSlaDays.base, workingDaysPerYear: assumptions.workingDaysPerYear.base };
  theCase = buildCase(analyzeCase(tables as CaseTables, { asOf: dayFromIso(demoAsOf), settings }), assumptions);
});

describe('the demo company: R&D loses engineers paid below market who cite career path', () => {
  it('leads with R&D’s voluntary turnover: 48 voluntary leavers in 2025, about 19% against 6% for the rest', () => {
    const top = theCase.findings.find((f) => f.significant)!;
    expect(top).toMatchObject({ kind: 'segment-gap', metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', direction: 'worse' });
    expect(top.impact?.kind).toBe('turnover-cost');
    const item = evidenceOf(top);
    expect(item.numerator).toBe(48);
    expect(item.value).toBeGreaterThan(0.19);
    expect(item.restValue).toBeLessThan(0.06);
  });

  it('finds R&D’s voluntary leavers paid a median compa-ratio of 0.864 against 0.918 for those who stayed', () => {
    const pay = findingOf('segment-gap', 'leaver_compa_ratio', 'voluntary', 'R&D');
    expect(pay).toMatchObject({ direction: 'worse', significant: true });
    expect(evidenceOf(pay)).toMatchObject({ n: 48, value: expect.closeTo(0.864, 3), restValue: expect.closeTo(0.918, 3) });
  });

  it('finds half of R&D’s 48 voluntary leavers citing career path, against 9 of the other 37', () => {
    const careerPath = findingOf('segment-gap', 'exit_reason_share', 'Career path', 'R&D');
    expect(careerPath.significant).toBe(true);
    expect(evidenceOf(careerPath)).toMatchObject({ numerator: 24, denominator: 48, restValue: expect.closeTo(9 / 37, 10) });
  });

  it('answers them with the dual career track (backed by career path) and pay to market median (backed by the leavers’ pay)', () => {
    const matches = matchPlaybook(scopedFindings(theCase.findings, indexEvidence(theCase.evidence), 'R&D'), {
      scope: 'R&D',
      evidence: indexEvidence(theCase.evidence),
      goals: theCase.goals,
    });
    const answered = (id: string) => matches.find((match) => match.recommendation.id === id)?.findings.map((f) => f.metric);
    expect(answered('dual-career-track-pilot')).toEqual(expect.arrayContaining(['turnover_rate', 'exit_reason_share']));
    expect(answered('pay-to-market-median')).toEqual(['compa_ratio', 'leaver_compa_ratio']);
    expect(answered('exit-interview-programme')).toBeUndefined();
  });

  it('names the leavers’ pay and their reasons where the R&D proposal recommends the two plays', () => {
    const proposal = buildProposal({ lang: 'en', scope: 'R&D', ...theCase, now: new Date('2026-01-05T00:00:00Z') });
    const recommendation = proposal.sections.find((section) => section.id === 'recommendation')!;
    const refs = recommendation.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.content : [])).flatMap((inline) => (typeof inline === 'string' ? [] : [inline.ref]));
    expect(refs).toContain('leaver_compa_ratio:voluntary|department=R&D|2025-01-01..2025-12-31#value');
    expect(refs).toContain('exit_reason_share:Career path|department=R&D|2025-01-01..2025-12-31#value');
  });
});

describe('the demo company: Sales’ hiring plan at half, slow feedback, and a training followed by higher conversion', () => {
  const salesTop = () => scopedFindings(theCase.findings, indexEvidence(theCase.evidence), 'Sales').slice(0, maxEvidenceFindings);

  it('finds Sales’ hiring plan 26 of 50 filled, and ranks it among Sales’ top findings', () => {
    const plan = findingOf('segment-gap', 'hiring_plan_completion', null, 'Sales');
    expect(plan).toMatchObject({ direction: 'worse', significant: true });
    expect(evidenceOf(plan)).toMatchObject({ numerator: 26, denominator: 50 });
    expect(salesTop()).toContainEqual(plan);
  });

  it('finds Sales’ interview feedback within the 3-day SLA about 11% of the time, among Sales’ top findings', () => {
    const feedback = findingOf('segment-gap', 'interview_feedback_sla', null, 'Sales');
    expect(feedback).toMatchObject({ direction: 'worse', significant: true });
    expect(evidenceOf(feedback).value).toBeCloseTo(0.107, 3);
    expect(salesTop()).toContainEqual(feedback);
  });

  it('finds Sales’ conversion up 4.8 points after Consultative Selling against −0.2 for untrained departments (+5.0 points)', () => {
    const training = findingOf('segment-gap', 'training_effect', 'Consultative Selling → Conversion Rate', 'Sales');
    expect(training).toMatchObject({ direction: 'better', significant: true });
    const item = evidenceOf(training);
    expect(item.value! - item.restValue!).toBeCloseTo(0.05, 2);
    expect(salesTop()).toContainEqual(training);
  });
});

describe('the demo company’s documents', () => {
  it('trace every number to its evidence and never show a group under five (Legal has 3 people)', () => {
    const countMetrics = new Set(allMetrics.filter((metric) => metric.kind === 'count').map((metric) => metric.id));
    const legal = theCase.evidence.filter((item) => item.segment?.value === 'Legal' && !countMetrics.has(item.metric));
    expect(legal.length).toBeGreaterThan(0);
    for (const item of legal) expect(item, item.id).toMatchObject({ suppressed: true, value: null, restValue: null });
    for (const lang of langs) {
      for (const scope of [null, 'R&D', 'Sales']) {
        const input: ProposalInput = { lang, scope, ...theCase, now: new Date('2026-01-05T00:00:00Z') };
        for (const doc of documentBuilders.map((build) => build(input))) expect(documentProblems(doc, input), `${doc.kind} ${scope} ${lang}`).toEqual([]);
      }
    }
  });
});
