import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './day.ts';
import { fieldRules } from './field-rules.ts';

const asOf = dayFromIso('2020-12-31');
const rules = fieldRules(asOf);

describe('fieldRules', () => {
  it('bounds dates from 1900 to a horizon per field', () => {
    expect(isoFromDay(rules.hireDate.schema.minValue!)).toBe('1900-01-01');
    expect(isoFromDay(rules.hireDate.schema.maxValue!)).toBe('2021-12-31');
    expect(isoFromDay(rules.terminationDate.schema.maxValue!)).toBe('2070-12-31');
    expect(isoFromDay(rules.birthDate.schema.maxValue!)).toBe('2006-12-31');
  });

  it('forbids negative pay and implausible ages or tenures', () => {
    expect(rules.salary.schema.safeParse(-0.01).success).toBe(false);
    expect(rules.salary.schema.safeParse(0).success).toBe(true);
    expect(rules.salary.code).toBe('negative-pay');
    expect(rules.age.schema.safeParse(13).success).toBe(false);
    expect(rules.age.schema.safeParse(101).success).toBe(false);
    expect(rules.tenureYears.schema.safeParse(-1).success).toBe(false);
  });

  it('shifts a 29 February as-of day to the 28th', () => {
    expect(isoFromDay(fieldRules(dayFromIso('2024-02-29')).hireDate.schema.maxValue!)).toBe('2025-02-28');
  });

  it('has bounds that agree with the schema, so checking bounds per row equals parsing with zod', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(rules)), fc.double({ noNaN: true }), (rule, value) => {
        const min = rule.schema.minValue ?? -Infinity;
        const max = rule.schema.maxValue ?? Infinity;
        expect(value >= min && value <= max).toBe(rule.schema.safeParse(value).success);
      }),
    );
  });
});
