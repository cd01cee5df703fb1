import { describe, expect, it } from 'vitest';
import { createDocumentContext } from './document-context.ts';
import { runText } from './document-inspection.ts';
import { goalsOf, goalText } from './goals.ts';
import { sampleInput } from './proposal-fixture.ts';

describe('goals', () => {
  it('writes a goal in its own words with its target in the metric’s unit and its deadline', () => {
    const context = createDocumentContext(sampleInput('zh-CN', null));
    const [sales] = goalsOf(context, ['Sales']);
    expect(runText(goalText(context, sales))).toBe('Grow new-customer revenue，目标值{target:business-goal:Sales|Grow new-customer revenue}，期限{date:2025-06-30}');
    expect(context.quantities.quantities()['target:business-goal:Sales|Grow new-customer revenue'].format).toBe('percent');
    const [rd] = goalsOf(context, ['R&D']);
    expect(runText(goalText(context, rd))).toBe('Ship the new platform on schedule，期限{date:2025-09-30}');
    expect(goalsOf(context, ['Legal'])).toEqual([]);
  });
});
