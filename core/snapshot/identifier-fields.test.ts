import { describe, expect, it } from 'vitest';
import { identifierFields } from './identifier-fields.ts';

describe('identifierFields', () => {
  it('covers ids, names and managers of every table, not groups', () => {
    expect([...identifierFields].sort()).toEqual(['candidateId', 'employeeId', 'hiringManager', 'managerId', 'managerName', 'name', 'requestId', 'requisitionId']);
  });
});
