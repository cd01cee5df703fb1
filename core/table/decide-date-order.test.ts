import { describe, expect, it } from 'vitest';
import { decideDateOrder } from './decide-date-order.ts';
import { readDateText, type DateReading } from './read-date-text.ts';

const readings = (...texts: string[]): DateReading[] => texts.map((text) => readDateText(text)!);

describe('decideDateOrder', () => {
  it('takes month first when a second part exceeds 12 (HRDataset 7/5/2011 with 3/30/2015)', () => {
    expect(decideDateOrder(readings('7/5/2011', '3/30/2015'))).toEqual({ order: 'month-first', monthFirstProofs: 1, dayFirstProofs: 0 });
  });

  it('takes day first when a first part exceeds 12', () => {
    expect(decideDateOrder(readings('05/07/2011', '30/03/2015')).order).toBe('day-first');
  });

  it('says mixed when both kinds of proof exist', () => {
    expect(decideDateOrder(readings('3/30/2015', '30/3/2015', '5/7/2011'))).toEqual({ order: 'mixed', monthFirstProofs: 1, dayFirstProofs: 1 });
  });

  it('says ambiguous when something needs deciding and nothing proves it', () => {
    expect(decideDateOrder(readings('5/7/2011', '1/2/2012')).order).toBe('ambiguous');
  });

  it('needs no decision for decided forms or equal parts', () => {
    expect(decideDateOrder(readings('2024-01-05', '3/3/2020', '5-Jan-2024')).order).toBe('month-first');
    expect(decideDateOrder([]).order).toBe('month-first');
  });
});
