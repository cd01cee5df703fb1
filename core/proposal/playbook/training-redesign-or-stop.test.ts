import { describe, expect, it } from 'vitest';
import { contextOf, signal } from './playbook-fixture.ts';
import { trainingRedesignOrStop } from './training-redesign-or-stop.ts';

describe('training-redesign-or-stop', () => {
  it('answers a training that did worse than the comparison group, or whose effect cannot be shown', () => {
    const worse = signal({ metric: 'training_effect', value: -0.01, restValue: 0.01, better: 'up', score: 2 }).finding;
    const unproven = signal({ metric: 'training_effect', department: 'Sales', value: 0.02, restValue: 0.01, better: 'up', direction: 'better', significant: false, score: 1 }).finding;
    expect(trainingRedesignOrStop.appliesWhen([unproven, worse], contextOf())).toEqual([worse, unproven]);
  });

  it('leaves a proven effect to be scaled up', () => {
    const { finding } = signal({ metric: 'training_effect', value: 0.042, better: 'up', direction: 'better' });
    expect(trainingRedesignOrStop.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('aims for a pilot at least matching the comparison group', () => {
    expect(trainingRedesignOrStop.target.value(signal({ metric: 'training_effect', value: -0.01, restValue: 0.012, better: 'up' }).evidence)).toBe(0.012);
  });
});
