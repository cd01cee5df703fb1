import { describe, expect, it } from 'vitest';
import { offerCompetitiveness } from './offer-competitiveness.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('offer-competitiveness', () => {
  it('answers fewer offers accepted than elsewhere', () => {
    const { finding } = signal({ metric: 'offer_acceptance_rate', value: 0.6, restValue: 0.82, better: 'up' });
    expect(offerCompetitiveness.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not answer more offers accepted', () => {
    const { finding } = signal({ metric: 'offer_acceptance_rate', value: 0.9, restValue: 0.82, better: 'up', direction: 'better' });
    expect(offerCompetitiveness.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('aims halfway to the rest, rounded up to a whole percent', () => {
    expect(offerCompetitiveness.target.value(signal({ metric: 'offer_acceptance_rate', value: 0.6, restValue: 0.83, better: 'up' }).evidence)).toBe(0.72);
  });
});
