import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposeRole } from './propose-role.ts';

/** Header row of a demo CSV (BOM stripped). */
function demoHeaders(name: string): string[] {
  return readFileSync(new URL(`../../examples/${name}.csv`, import.meta.url), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
}

describe('proposeRole', () => {
  it.each([
    ['roster', 'roster'],
    ['requisitions', 'requisitions'],
    ['candidates', 'candidates'],
    ['training', 'training'],
    ['goals', 'goals'],
    ['business', 'business'],
    ['approvals', 'approvals'],
  ] as const)('proposes %s for the demo %s file', (file, role) => {
    expect(proposeRole(demoHeaders(file)).role).toBe(role);
  });

  it('reads Chinese headers', () => {
    expect(proposeRole(['工号', '姓名', '部门', '入职日期', '离职日期']).role).toBe('roster');
    expect(proposeRole(['课程', '学员', '是否完成']).role).toBe('training');
    expect(proposeRole(['部门', '目标', '截止日期']).role).toBe('goals');
  });

  it('proposes nothing when a single shared header is all there is', () => {
    expect(proposeRole(['Code', 'Department', 'Type']).role).toBeNull();
    expect(proposeRole([]).role).toBeNull();
  });

  it('prefers roster on a tie', () => {
    expect(proposeRole(['Employee ID', 'Hire Date', 'Course', 'Completed']).role).toBe('roster');
  });
});
