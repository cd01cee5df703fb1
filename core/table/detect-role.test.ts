import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRole } from './detect-role.ts';
import { rawTableFromValues } from './from-values.ts';

const headersOnly = (headers: string[]) => rawTableFromValues([headers]);

/** The header row of a demo CSV (byte-order mark dropped). */
function demoHeaders(name: string): string[] {
  return readFileSync(new URL(`../../examples/${name}.csv`, import.meta.url), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
}

describe('detectRole', () => {
  it.each(['roster', 'requisitions', 'candidates', 'training', 'goals', 'business', 'approvals'] as const)('recognises the demo %s file', (role) => {
    const detection = detectRole(headersOnly(demoHeaders(role)));
    expect(detection.role).toBe(role);
    expect(detection.ambiguous).toBe(false);
    expect(detection.score).toBeGreaterThan(0.75);
    expect(detection.alternatives.every((alternative) => alternative.role !== role && alternative.score < detection.score)).toBe(true);
  });

  it('reads Chinese headers', () => {
    expect(detectRole(headersOnly(['工号', '姓名', '部门', '入职日期', '离职日期'])).role).toBe('roster');
    expect(detectRole(headersOnly(['需求编号', '部门', '岗位', '计划人数', '发布日期', '审批日期', '招满日期', '状态', '用人经理'])).role).toBe('requisitions');
    expect(detectRole(headersOnly(['候选人编号', '需求编号', '招聘阶段', '日期'])).role).toBe('candidates');
    expect(detectRole(headersOnly(['课程名称', '学员', '部门', '开始日期', '结束日期', '是否完成', '费用'])).role).toBe('training');
    expect(detectRole(headersOnly(['部门', '目标', '指标', '目标值', '截止日期'])).role).toBe('goals');
    expect(detectRole(headersOnly(['部门', '月份', '指标', '数值'])).role).toBe('business');
    expect(detectRole(headersOnly(['审批编号', '部门', '审批类型', '发起时间', '审批通过时间'])).role).toBe('approvals');
  });

  it('scores a role by the headers it names and its key fields: (4/4 + 2/2) ÷ 2 = 1 for a clean stage-event table', () => {
    expect(detectRole(headersOnly(['Candidate ID', 'Requisition ID', 'Stage', 'Date'])).score).toBe(1);
  });

  it('proposes nothing when only shared columns are named', () => {
    const detection = detectRole(headersOnly(['Department', 'Notes']));
    expect(detection).toMatchObject({ role: null, score: 0, ambiguous: false, alternatives: [] });
  });

  it('says so when two roles fit about equally: a KPI sheet with actuals and targets is business 0.625 or goals 0.54', () => {
    const detection = detectRole(headersOnly(['Department', 'Metric', 'Value', 'Target']));
    expect(detection.role).toBeNull();
    expect(detection.ambiguous).toBe(true);
    expect(detection.alternatives.map((alternative) => alternative.role)).toEqual(['business', 'goals']);
    expect(detection.alternatives[0].score).toBeCloseTo((3 / 4 + 1 / 2) / 2, 10);
    expect(detection.alternatives[1].score).toBeCloseTo((3 / 4 + 1 / 3) / 2, 10);
  });

  it('gives role null and score 0 for a table without headers', () => {
    expect(detectRole(rawTableFromValues([]))).toEqual({ role: null, score: 0, alternatives: [], ambiguous: false });
  });
});
