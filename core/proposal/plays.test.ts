import { describe, expect, it } from 'vitest';
import { createDocumentContext } from './document-context.ts';
import { runText } from './document-inspection.ts';
import { cooperationKpi } from './playbook/cooperation-kpi.ts';
import { plannedSteps, planPlays, playText, policyRef, recoveryLevelRef } from './plays.ts';
import { findingFixture, sampleInput } from './proposal-fixture.ts';

describe('planPlays', () => {
  it('takes plays in turn across findings, at most four', () => {
    const context = createDocumentContext(sampleInput('en', null));
    expect(planPlays(context).map((play) => `${play.recommendation.id} ${play.params.group}`)).toEqual([
      'dual-career-track-pilot R&D',
      'precise-role-profiles Sales',
      'pay-to-market-median R&D',
      'interview-feedback-sla Sales',
    ]);
  });

  it('sets a target by the play’s rule, due months after the document date', () => {
    const context = createDocumentContext(sampleInput('en', 'R&D'));
    const [pilot] = planPlays(context);
    expect([pilot.targetValue, pilot.due]).toEqual([0.13, '2026-03-31']);
    expect(runText(playText(context, pilot, pilot.recommendation.target.key))).toMatch(
      /^voluntary turnover in R&D: from \{.*#value\} today to \{target:play:dual-career-track-pilot:.*\} by \{date:2026-03-31\}\.$/,
    );
  });

  it('takes the target from a department goal on the metric, or from the goal a finding missed', () => {
    const input = sampleInput('en', 'Sales');
    const [profiles] = planPlays(createDocumentContext(input));
    expect([profiles.recommendation.id, profiles.targetValue, profiles.due]).toEqual(['precise-role-profiles', 0.95, '2025-06-30']);
    const missed = input.findings.map((finding) =>
      finding.metric === 'interview_feedback_sla' ? findingFixture(input.evidence.find((item) => item.id === finding.evidenceIds[0])!, { kind: 'off-target', target: { value: 0.8, deadline: '2025-01-31' }, score: 99 }) : finding,
    );
    const [sla] = planPlays(createDocumentContext({ ...input, findings: missed }));
    expect([sla.recommendation.id, sla.targetValue, sla.due]).toEqual(['interview-feedback-sla', 0.8, '2025-06-30']);
  });

  it('gives one metric in one group one target: later plays on it share the first play’s value, quantity and due date', () => {
    const context = createDocumentContext(sampleInput('en', 'R&D'));
    const turnover = planPlays(context, 10).filter((play) => play.evidence.metric === 'turnover_rate');
    // the pilot (12 months) comes first; stay interviews (9 months) used to be due on their own, earlier date for the same 13.0%
    expect(turnover.map((play) => [play.recommendation.id, play.targetValue, play.due, play.sharesTarget])).toEqual([
      ['dual-career-track-pilot', 0.13, '2026-03-31', false],
      ['stay-interviews', 0.13, '2026-03-31', true],
      ['exit-interview-programme', 0.13, '2026-03-31', true],
      ['internal-mobility', 0.13, '2026-03-31', true],
    ]);
    expect(new Set(turnover.map((play) => JSON.stringify([play.params.target, play.params.date])))).toEqual(
      new Set([JSON.stringify([{ ref: 'target:play:dual-career-track-pilot:segment-gap|turnover_rate:voluntary|department=R&D|2024-01-01..2024-12-31' }, { ref: 'date:2026-03-31' }])]),
    );
    expect(Object.keys(context.quantities.quantities()).filter((id) => id.startsWith('target:play:') && id.includes('turnover_rate'))).toHaveLength(1);
  });

  it('dates every checkpoint from the document date, earliest first', () => {
    const context = createDocumentContext(sampleInput('en', 'R&D'));
    const steps = plannedSteps(context, planPlays(context));
    expect(steps[0]).toMatchObject({ date: '2025-03-28', checkpoint: { phase: 'plan' } });
    expect(steps.map((step) => step.date)).toEqual([...steps.map((step) => step.date)].sort());
  });

  it('quotes a play’s policy numbers as one quantity wherever they appear', () => {
    const context = createDocumentContext(sampleInput('en', null));
    expect(policyRef(context, cooperationKpi, 'weightHigh')).toEqual({ ref: 'target:policy:cooperation-kpi:weightHigh' });
    expect(recoveryLevelRef(context)).toEqual({ ref: 'target:policy:recovery-level' });
    expect(context.quantities.quantities()['target:policy:cooperation-kpi:weightHigh'].value).toBe(0.15);
    expect(() => policyRef(context, cooperationKpi, 'nothing')).toThrow(/no number "nothing"/);
  });
});
