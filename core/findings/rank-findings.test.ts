import { describe, expect, it } from 'vitest';
import type { Finding, Impact } from './finding.ts';
import { rankFindings } from './rank-findings.ts';

const finding = (id: string, effectSize: number, confidence: number, significant: boolean, impact: Impact | null = null): Finding => ({
  id,
  kind: 'segment-gap',
  metric: 'turnover_rate',
  variant: null,
  segment: null,
  department: null,
  evidenceIds: [id],
  direction: 'worse',
  effectSize,
  confidence,
  significant,
  impact,
  score: 0,
  association: null,
});
const cost = (base: number): Impact => ({ id: `turnover-cost|${base}`, kind: 'turnover-cost', low: base / 2, base, high: base * 2, currency: 'USD', assumptionKeys: [], evidenceIds: [] });

describe('rankFindings', () => {
  it('a large significant costly finding comes first', () => {
    const ranked = rankFindings([
      finding('a-unproven-huge', 3, 0.9, false),
      finding('b-small', 0.2, 0.99, true, cost(50_000)),
      finding('c-costly', 1, 0.996, true, cost(480_000)),
      finding('d-uncosted', 1, 0.996, true),
    ]);
    expect(ranked.map((f) => f.id)).toEqual(['c-costly', 'd-uncosted', 'b-small', 'a-unproven-huge']);
    // c: 1 × 0.996 × (1 + 480,000 ÷ 480,000) = 1.992; d: 0.996 × 1; b: 0.2 × 0.99 × (1 + 50,000 ÷ 480,000) = 0.2186;
    // a: min(3, 2) × 0.9 = 1.8.
    expect(ranked.map((f) => f.score)).toEqual([expect.closeTo(1.992, 10), expect.closeTo(0.996, 10), expect.closeTo(0.21863, 5), expect.closeTo(1.8, 10)]);
  });

  it('counts a relative difference up to 200%, so a near-zero reference cannot outrank a costly gap', () => {
    // Training effect +4.8 points against a comparison group's −0.2: (0.048 + 0.002) ÷ 0.002 = 25, scored as 2 × 0.999 = 1.998.
    // Voluntary turnover 19.4% against 5.6%: 2.46, scored 2 × 0.999 × (1 + 1) = 3.996 with the largest turnover cost.
    const ranked = rankFindings([finding('training', 25, 0.999, true), finding('turnover', 2.46, 0.999, true, cost(8_500_000))]);
    expect(ranked.map((f) => [f.id, f.score])).toEqual([
      ['turnover', expect.closeTo(3.996, 10)],
      ['training', expect.closeTo(1.998, 10)],
    ]);
  });

  it('uses |effect size| and breaks ties by id', () => {
    const ranked = rankFindings([finding('z', -0.5, 1, true), finding('y', 0.5, 1, true), finding('money', 0.5, 1, true, cost(1_000_000))]);
    expect(ranked.map((f) => [f.id, f.score])).toEqual([['money', 1], ['y', 0.5], ['z', 0.5]]);
  });

  it('empty in, empty out', () => {
    expect(rankFindings([])).toEqual([]);
  });
});
