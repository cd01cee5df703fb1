import { describe, expect, it } from 'vitest';
import { contextOf, signal } from './playbook-fixture.ts';
import { trainingScaleUp } from './training-scale-up.ts';

describe('training-scale-up', () => {
  it('answers a training whose participants did significantly better than the comparison group', () => {
    const { finding } = signal({ metric: 'training_effect', value: 0.042, restValue: 0.008, better: 'up', direction: 'better' });
    expect(trainingScaleUp.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not scale up an effect the test could not confirm', () => {
    const { finding } = signal({ metric: 'training_effect', value: 0.03, better: 'up', direction: 'better', significant: false });
    expect(trainingScaleUp.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('holds the measured effect for the next participants', () => {
    expect(trainingScaleUp.target.value(signal({ metric: 'training_effect', value: 0.042, better: 'up' }).evidence)).toBe(0.042);
  });
});
