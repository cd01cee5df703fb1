import { describe, expect, it } from 'vitest';
import { identifierFields } from './identifier-fields.ts';

describe('identifierFields', () => {
  it('covers ids, names and managers, not groups', () => {
    expect([...identifierFields].sort()).toEqual(['employeeId', 'managerId', 'managerName', 'name']);
  });
});
