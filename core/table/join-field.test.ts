import { describe, expect, it } from 'vitest';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { withJoinedField } from './join-field.ts';

describe('withJoinedField', () => {
  const requisitions = buildTestDataset({ requisitionId: ['R1', 'R2', 'R3', 'R2'], department: ['Sales', 'R&D', 'HR', 'Finance'] }, { role: 'requisitions' });
  const candidates = buildTestDataset({ candidateId: ['C1', 'C2', 'C3', 'C4'], requisitionId: ['R2', ' R1 ', 'R9', null] }, { role: 'candidates' });

  it('looks the field up by the shared key, first source row winning, unknown keys without a group', () => {
    const joined = withJoinedField(candidates, 'requisitionId', requisitions, 'department');
    const department = joined.fields.department;
    expect(department?.type).toBe('category');
    if (department?.type !== 'category') return;
    expect(department.labels).toEqual(['R&D', 'Sales']);
    expect([...department.codes]).toEqual([0, 1, -1, -1]);
    expect(department.header).toBe('(derived from department (requisitions))');
    expect(candidates.fields.department).toBeUndefined();
  });

  it('leaves the table as it is when a key or the field is missing', () => {
    expect(withJoinedField(candidates, 'employeeId', requisitions, 'department')).toBe(candidates);
  });
});
