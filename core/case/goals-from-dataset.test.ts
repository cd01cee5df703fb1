import { describe, expect, it } from 'vitest';
import { allMetrics } from '../metrics/index.ts';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { goalsFromDataset } from './goals-from-dataset.ts';

describe('goalsFromDataset', () => {
  const goals = buildTestDataset(
    {
      department: ['HR', 'Sales', 'R&D', '人力资源部'],
      goal: ['Keep voluntary turnover below 10%', 'Staff the plan', 'Keep defects under 40', '招聘计划完成 90%'],
      metricName: ['Voluntary Turnover Rate', 'Hiring Plan Completion', 'Defects', '招聘计划完成率'],
      target: [0.1, 1, 40, 0.9],
      deadline: ['2025-12-31', '2025-12-31', '2025-12-31', '2025-12-31'],
    },
    { role: 'goals' },
  );
  const { goals: quoted, targets } = goalsFromDataset(goals, allMetrics);

  it('turns goals on metrics PeopleCase computes into targets, HR’s own as company-wide', () => {
    expect(targets).toEqual([
      { metric: 'turnover_rate', variant: 'voluntary', department: null, target: 0.1, deadline: '2025-12-31' },
      { metric: 'hiring_plan_completion', variant: null, department: 'Sales', target: 1, deadline: '2025-12-31' },
      { metric: 'hiring_plan_completion', variant: null, department: null, target: 0.9, deadline: '2025-12-31' },
    ]);
  });

  it('quotes every goal, business ones by their own metric name', () => {
    expect(quoted.map((goal) => goal.metric)).toEqual(['turnover_rate', 'hiring_plan_completion', 'Defects', 'hiring_plan_completion']);
  });
});
