import { describe, expect, it } from 'vitest';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { identifierValues } from './identifier-values.ts';

describe('identifierValues', () => {
  it('collects names and ids from identifier fields, skipping numbers-only and one-letter values', () => {
    const roster = buildTestDataset({ employeeId: ['E1', '1042', 'E1'], name: ['Li Wei', '王芳', 'X'], department: ['R&D', 'Sales', 'R&D'] });
    expect([...identifierValues([roster])].sort()).toEqual(['E1', 'Li Wei', '王芳']);
  });
});
