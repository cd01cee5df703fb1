import { describe, expect, it } from 'vitest';
import { approvalChainSimplification } from './approval-chain-simplification.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('approval-chain-simplification', () => {
  it('answers approvals taking longer than elsewhere', () => {
    const { finding } = signal({ metric: 'approval_cycle_time', value: 9, restValue: 3, unit: 'days' });
    expect(approvalChainSimplification.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not answer slow interview feedback', () => {
    const { finding } = signal({ metric: 'interview_feedback_sla', value: 0.5, better: 'up' });
    expect(approvalChainSimplification.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('halves the gap in whole days', () => {
    expect(approvalChainSimplification.target.value(signal({ metric: 'approval_cycle_time', value: 9, restValue: 3, unit: 'days' }).evidence)).toBe(6);
  });
});
