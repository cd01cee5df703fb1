import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { candidateStages } from './hiring.ts';
import { demoTableNames, generateDemoCompany, type DemoCell, type DemoTable } from './demo-company.ts';
import { mulberry32 } from './mulberry32.ts';

const company = generateDemoCompany();

/** Rows of a table as records keyed by header. */
function records(table: DemoTable): Record<string, DemoCell>[] {
  const [header, ...rows] = table;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

/** Rows grouped by a key (Map.groupBy arrives only in Node 21). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const day = (cell: DemoCell) => dayFromIso(String(cell));
const asOf = dayFromIso('2025-12-31');

describe('mulberry32', () => {
  it('is a fixed sequence of floats in [0, 1)', () => {
    const next = mulberry32(1);
    const draws = Array.from({ length: 1000 }, next);
    expect(draws[0]).toBe(0.6270739405881613);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateDemoCompany', () => {
  it('gives identical tables for the same seed and different ones for another seed', () => {
    expect(generateDemoCompany()).toEqual(company);
    expect(generateDemoCompany(7).roster).not.toEqual(company.roster);
  });

  it('has every table with its header and a realistic size', () => {
    const sizes = Object.fromEntries(demoTableNames.map((name) => [name, company[name].length - 1]));
    expect(company.roster[0]).toEqual([
      'Employee ID', 'Name', 'Department', 'Job Title', 'Job Level', 'Manager ID', 'Employment Status', 'Hire Date',
      'Termination Date', 'Termination Reason', 'Salary', 'Market Midpoint', 'Performance Rating', 'Gender', 'Birth Date',
      'Location', 'Recruitment Source',
    ]);
    expect(company.candidates[0]).toEqual(['Candidate ID', 'Requisition ID', 'Stage', 'Date']);
    expect(sizes.roster).toBeGreaterThan(1100);
    expect(sizes.roster).toBeLessThan(1300);
    expect(sizes.requisitions).toBe(146);
    expect(sizes.candidates).toBeGreaterThan(2000);
    expect(sizes.business).toBe(36 * 15);
    for (const table of demoTableNames.map((name) => company[name])) {
      expect(table.every((row) => row.length === table[0].length)).toBe(true);
    }
  });

  it('keeps the roster consistent: unique ids, leavers after hire, existing managers, adults at hire', () => {
    const people = records(company.roster);
    const ids = new Set(people.map((p) => p['Employee ID']));
    expect(ids.size).toBe(people.length);
    for (const p of people) {
      const leaver = p['Employment Status'] !== 'Active';
      expect(p['Termination Date'] !== null).toBe(leaver);
      expect(p['Termination Reason'] !== null).toBe(leaver);
      if (leaver) expect(day(p['Termination Date'])).toBeGreaterThan(day(p['Hire Date']));
      expect(day(p['Hire Date'])).toBeLessThanOrEqual(asOf);
      expect(day(p['Hire Date']) - day(p['Birth Date'])).toBeGreaterThan(18 * 365);
      if (p['Manager ID'] !== null) expect(ids.has(p['Manager ID'])).toBe(true);
      expect(Number(p.Salary)).toBeGreaterThan(0);
    }
    expect(people.filter((p) => p['Employment Status'] !== 'Active').every((p) => day(p['Termination Date']) >= dayFromIso('2023-01-01'))).toBe(true);
  });

  it('keeps every department above 5 active people except a 3-person Legal team', () => {
    const active = records(company.roster).filter((p) => p['Employment Status'] === 'Active');
    const counts = groupBy(active, (p) => String(p.Department));
    expect(counts.size).toBe(9);
    for (const [department, people] of counts) expect(people.length).toBeGreaterThan(department === 'Legal' ? 2 : 5);
    expect(counts.get('Legal')!.length).toBe(3);
  });

  it('orders requisition dates and ties each filled one to exactly one accepted candidate on its filled date', () => {
    const requisitions = records(company.requisitions);
    const accepted = groupBy(records(company.candidates).filter((e) => e.Stage === 'Accepted'), (e) => String(e['Requisition ID']));
    for (const r of requisitions) {
      expect(day(r['Approved Date'])).toBeGreaterThanOrEqual(day(r['Opened Date']));
      expect(r.Status === 'Filled').toBe(r['Filled Date'] !== null);
      const acceptances = accepted.get(String(r['Requisition ID'])) ?? [];
      if (r.Status === 'Filled') {
        expect(day(r['Filled Date'])).toBeGreaterThan(day(r['Approved Date']));
        expect(acceptances.map((e) => e.Date)).toEqual([r['Filled Date']]);
      } else {
        expect(acceptances).toEqual([]);
      }
    }
  });

  it('keeps each candidate in one requisition, stages in order, dates never going back, nothing after the export day', () => {
    const requisitions = new Map(records(company.requisitions).map((r) => [r['Requisition ID'], r]));
    for (const [, events] of groupBy(records(company.candidates), (e) => String(e['Candidate ID']))) {
      expect(new Set(events.map((e) => e['Requisition ID'])).size).toBe(1);
      expect(requisitions.has(events[0]['Requisition ID'])).toBe(true);
      const stageIndexes = events.map((e) => candidateStages.indexOf(e.Stage as (typeof candidateStages)[number]));
      expect(stageIndexes[0]).toBe(0);
      expect(stageIndexes.every((s, i) => i === 0 || s === stageIndexes[i - 1] + 1 || (s === 6 && stageIndexes[i - 1] === 4))).toBe(true);
      const days = events.map((e) => day(e.Date));
      expect(days.every((d, i) => i === 0 || d >= days[i - 1])).toBe(true);
      expect(days.at(-1)!).toBeLessThanOrEqual(asOf);
      const filled = requisitions.get(events[0]['Requisition ID'])!['Filled Date'];
      if (filled !== null) expect(days.at(-1)!).toBeLessThanOrEqual(day(filled));
    }
  });

  it('trains only people employed on the course start, and never more 2025 hires than filled requisitions', () => {
    const people = new Map(records(company.roster).map((p) => [p['Employee ID'], p]));
    for (const t of records(company.training)) {
      const person = people.get(t.Participant)!;
      expect(person.Department).toBe(t.Department);
      expect(day(person['Hire Date'])).toBeLessThanOrEqual(day(t['Start Date']));
      expect(day(t['End Date'])).toBeGreaterThanOrEqual(day(t['Start Date']));
    }
    const hires2025 = groupBy([...people.values()].filter((p) => String(p['Hire Date']).startsWith('2025-')), (p) => String(p.Department));
    const filled = groupBy(records(company.requisitions).filter((r) => r.Status === 'Filled'), (r) => String(r.Department));
    for (const [department, hires] of hires2025) expect(hires.length).toBeLessThanOrEqual(filled.get(department)!.length);
  });

  it('approves requests on or after the request day, leaving only the latest ones pending', () => {
    for (const a of records(company.approvals)) {
      if (a['Approved Date'] === null) expect(day(a['Requested Date'])).toBeGreaterThan(dayFromIso('2025-12-15'));
      else expect(day(a['Approved Date'])).toBeGreaterThanOrEqual(day(a['Requested Date']));
    }
  });
});

describe('recruiting costs', () => {
  it('charges advertising and recruiter time on every requisition, an agency fee or a referral bonus only on a filled one', () => {
    for (const r of records(company.requisitions)) {
      const open = (r['Filled Date'] === null ? asOf : day(r['Filled Date'])) - day(r['Approved Date']);
      expect(Number(r.Advertising)).toBeGreaterThanOrEqual(2000);
      expect(r['Internal Cost']).toBe(Math.round((2500 + 60 * open) / 100) * 100);
      if (r['Filled Date'] === null) expect([r['Agency Fee'], r['Referral Bonus']]).toEqual([null, null]);
      expect(r['Agency Fee'] === null || r['Referral Bonus'] === null).toBe(true);
    }
  });
});
