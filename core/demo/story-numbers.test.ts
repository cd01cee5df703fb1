import { describe, expect, it } from 'vitest';
import { generateDemoCompany } from './demo-company.ts';
import { storyNumbers } from './story-numbers.ts';

const stories = storyNumbers(generateDemoCompany());

describe('planted story 1: R&D loses core engineers paid below market who cite career path', () => {
  it('has R&D voluntary turnover in 2025 about double the company rate', () => {
    const { rdVoluntary, companyVoluntary } = stories.turnover2025;
    expect(rdVoluntary.numerator).toBe(48);
    expect(companyVoluntary.numerator).toBe(85);
    expect(rdVoluntary.value / companyVoluntary.value).toBeGreaterThan(1.9);
  });

  it('pays R&D leavers about 15% below market while the rest of the company sits at market', () => {
    const { rdLeavers2025Median, rdStayersMedian, restActiveMedian } = stories.compaRatio;
    expect(rdLeavers2025Median).toBeLessThan(0.88);
    expect(rdStayersMedian - rdLeavers2025Median).toBeGreaterThan(0.04);
    expect(restActiveMedian).toBeGreaterThan(0.98);
    expect(restActiveMedian).toBeLessThan(1.02);
  });

  it('has career path as the reason of about half the core engineers who quit', () => {
    expect(stories.coreEngineerCareerPathShare.value).toBeGreaterThan(0.45);
  });
});

describe('planted story 2: Sales hiring plan at half with slow interview feedback', () => {
  it('filled about half of the 50 planned Sales hires while the others nearly completed their plans', () => {
    const { Sales, ...others } = stories.hiring;
    expect(Sales.planned).toBe(50);
    expect(Sales.filled).toBe(26);
    const otherPlanned = Object.values(others).reduce((sum, d) => sum + d.planned, 0);
    const otherFilled = Object.values(others).reduce((sum, d) => sum + d.filled, 0);
    expect(otherFilled / otherPlanned).toBeGreaterThan(0.85);
  });

  it('gives interview feedback far beyond a 3-day SLA in Sales and within it elsewhere, and fills Sales roles slowest', () => {
    const { Sales, ...others } = stories.hiring;
    expect(Sales.feedbackMedianDays).toBeGreaterThanOrEqual(6);
    expect(Sales.feedbackWithin3DaysShare).toBeLessThan(0.2);
    for (const department of Object.values(others)) {
      expect(department.feedbackMedianDays).toBeLessThanOrEqual(3);
      expect(department.timeToFillMedianDays).toBeLessThan(Sales.timeToFillMedianDays);
    }
  });
});

describe('planted story 3: Consultative Selling followed by a lift in Sales conversion', () => {
  it('lifts Sales conversion about 5 points after the course while untrained departments stay flat', () => {
    const { salesBefore, salesAfter, comparisonBefore, comparisonAfter, differenceInDifferences } = stories.conversion;
    expect(salesAfter - salesBefore).toBeGreaterThan(0.035);
    expect(Math.abs(comparisonAfter - comparisonBefore)).toBeLessThan(0.01);
    expect(differenceInDifferences).toBeGreaterThan(0.035);
  });
});

describe('the stories do not hang on one lucky seed', () => {
  it.each([1, 2, 3])('seed %i still shows all three', (seed) => {
    const other = storyNumbers(generateDemoCompany(seed));
    expect(other.turnover2025.rdVoluntary.value / other.turnover2025.companyVoluntary.value).toBeGreaterThan(1.5);
    expect(other.compaRatio.rdLeavers2025Median).toBeLessThan(0.9);
    expect(other.hiring.Sales.completion).toBeLessThan(0.7);
    expect(other.hiring.Sales.feedbackMedianDays).toBeGreaterThan(3);
    expect(other.conversion.differenceInDifferences).toBeGreaterThan(0.03);
  });
});
