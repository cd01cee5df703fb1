import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { meetsExpectations } from '../../core/metrics/meets-expectations.ts';
import { sexOfLabel } from '../../core/metrics/sex-of-label.ts';
import { voluntaryFromWording } from '../../core/table/voluntary-from-wording.ts';
import { benchScenario, monthlyCheckpointDays } from './bench-scenario.ts';
import { addAdjustedGap, addExitReasonShare, addPeerFigures, type PeerTallies } from './peer-figures.ts';
import type { SuiteResult } from './suite-result.ts';

type Table = ReturnType<typeof aq.table>;

const MS_PER_DAY = 86_400_000;

/** Day number of `m/d/yyyy` or `yyyy-mm-dd` (the two styles in the file), null otherwise. */
function dayOfText(text: string): number | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const us = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / MS_PER_DAY;
  return us ? Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2])) / MS_PER_DAY : null;
}

/** Trimmed text, null when blank (arquero hands empty cells over as null already). */
const trimmed = (text: string): string | null => text.trim() || null;

/** The file's columns under short names, with dates as day numbers and text trimmed, as a user would load it into arquero. */
function loadRoster(file: string): Table {
  const parse = { Department: trimmed, 'Hire Date': dayOfText, 'Termination Date': dayOfText, 'Employment Status': trimmed, 'Termination Reason': trimmed, Gender: trimmed, 'Performance Rating': trimmed };
  return aq.fromCSV(readFileSync(file, 'utf8'), { parse }).select({
    Department: 'dept',
    'Job Level': 'level',
    'Manager ID': 'manager',
    'Employment Status': 'status',
    'Hire Date': 'hire',
    'Termination Date': 'written_term',
    'Termination Reason': 'reason',
    Salary: 'salary',
    'Market Midpoint': 'midpoint',
    Gender: 'gender',
    'Performance Rating': 'rating',
  });
}

/**
 * A lookup of a text column's distinct values through a JS classifier (the shared wording and gender definitions; NaN or −1
 * become null), built once so the per-row work stays in arquero.
 */
function classify(table: Table, column: string, classifier: (text: string) => number): Record<string, number | null> {
  const labels = table.rollup({ labels: aq.op.array_agg_distinct(column) }).get('labels', 0) as (string | null)[];
  const lookup: Record<string, number | null> = {};
  for (const label of labels) {
    if (label === null) continue;
    const code = classifier(label);
    lookup[label] = Number.isNaN(code) || code < 0 ? null : code;
  }
  return lookup;
}

/** Active on `day` as core defines it, as an arquero expression: hired on or before it, termination absent or on/after it. */
const active = (day: number): string => `(d.hire <= ${day} && (d.term == null || d.term >= ${day}))`;

/**
 * The cleaned roster with one column per tally input: scheduled terminations (after as-of) cleared, rows with a termination
 * before hire dropped (core leaves them out of every metric), the voluntary flag from status else reason, sex 0/1, whether
 * the rating meets expectations (1/0, null when unreadable).
 */
function people(roster: Table): Table {
  const { from, to, asOf } = benchScenario;
  const status = classify(roster, 'status', voluntaryFromWording);
  const reason = classify(roster, 'reason', voluntaryFromWording);
  const sex = classify(roster, 'gender', sexOfLabel);
  const meets = classify(roster, 'rating', meetsExpectations);
  const presence = monthlyCheckpointDays()
    .map((day) => `(${active(day)} ? 1 : 0)`)
    .join(' + ');
  const leftWithin = (days: number) => `(d.term != null && d.term - d.hire + 1 <= ${days})`;
  const hired = `(d.hire >= ${from} && d.hire <= ${to})`;
  return roster
    .derive({ term: `d.written_term > ${asOf} ? null : d.written_term` })
    .filter('!(d.term != null && d.term < d.hire)')
    .derive({
      voluntary: aq.escape((d: { status: string | null; reason: string | null }) => (d.status === null ? null : status[d.status]) ?? (d.reason === null ? null : reason[d.reason]) ?? null),
      sex: aq.escape((d: { gender: string | null }) => (d.gender === null ? null : sex[d.gender]) ?? null),
      meets: aq.escape((d: { rating: string | null }) => (d.rating === null ? null : meets[d.rating]) ?? null),
    })
    .derive({
      member: active(to),
      in_period: `d.hire <= ${to} && (d.term == null || d.term >= ${from})`,
      presence,
      separated: `d.hire <= ${to} && d.term != null && d.term >= ${from} && d.term <= ${to}`,
      started: active(from),
      hired_90: `${hired} && d.hire + 89 <= ${asOf}`,
      left_90: `${hired} && d.hire + 89 <= ${asOf} && ${leftWithin(90)}`,
      hired_365: `${hired} && d.hire + 364 <= ${asOf}`,
      left_365: `${hired} && d.hire + 364 <= ${asOf} && ${leftWithin(365)}`,
      rated: `${hired} && (d.term == null ? ${asOf} : d.term) - d.hire + 1 >= 90 && d.meets != null`,
      left_voluntarily: `d.salary != null && d.midpoint > 0 && d.hire <= ${to} && d.term != null && d.term >= ${from} && d.term <= ${to} && d.voluntary === 1`,
    });
}

/** The tallies of PeerTallies as arquero aggregates (booleans summed as counts; medians skip null). */
function talliesSpec(): Record<string, string> {
  const to = benchScenario.to;
  const paid = 'd.member && d.salary != null';
  return {
    headcount: 'op.sum(d.member)',
    people: 'op.sum(d.in_period)',
    presence: 'op.sum(d.in_period ? d.presence : 0)',
    separations: 'op.sum(d.separated)',
    voluntary: 'op.sum(d.separated && d.voluntary === 1)',
    involuntary: 'op.sum(d.separated && d.voluntary === 0)',
    started: 'op.sum(d.started)',
    stayed: 'op.sum(d.started && d.member)',
    hires_90: 'op.sum(d.hired_90)',
    left_90: 'op.sum(d.left_90)',
    hires_365: 'op.sum(d.hired_365)',
    left_365: 'op.sum(d.left_365)',
    tenure: `op.median(d.member ? (${to} - d.hire) / 365.25 : null)`,
    compa: `op.median(${paid} && d.midpoint > 0 ? d.salary / d.midpoint : null)`,
    compa_n: `op.sum(${paid} && d.midpoint > 0)`,
    leaver_compa: 'op.median(d.left_voluntarily ? d.salary / d.midpoint : null)',
    leavers: 'op.sum(d.left_voluntarily)',
    men_pay: `op.median(${paid} && d.sex === 0 ? d.salary : null)`,
    women_pay: `op.median(${paid} && d.sex === 1 ? d.salary : null)`,
    pay_n: `op.sum(${paid} && (d.sex === 0 || d.sex === 1))`,
    rated: 'op.sum(d.rated)',
    meeting: 'op.sum(d.rated && d.meets === 1)',
  };
}

/** Span of control on the people with a manager: reports and distinct managers (arquero's distinct counts null, so filter first). */
function spanSpec(): Record<string, string> {
  return { reports: 'op.count()', managers: 'op.distinct(d.manager)' };
}

/** Per level, men's and women's median pay and counts, and whether the level enters the adjusted gap (≥ 2 of each, men's median > 0). */
function levelGaps(paid: Table, keys: string[]): Table {
  return paid
    .groupby(...keys)
    .rollup({
      men_pay: 'op.median(d.sex === 0 ? d.salary : null)',
      women_pay: 'op.median(d.sex === 1 ? d.salary : null)',
      men: 'op.sum(d.sex === 0)',
      women: 'op.sum(d.sex === 1)',
    })
    .derive({ kept: 'd.men >= 2 && d.women >= 2 && d.men_pay > 0' });
}

/** Σ women × gap ÷ Σ women over the kept levels, and the people behind it. */
const adjustedSpec = {
  gap: 'op.sum(d.kept ? d.women * (d.men_pay - d.women_pay) / d.men_pay : 0) / op.sum(d.kept ? d.women : 0)',
  n: 'op.sum(d.kept ? d.men + d.women : 0)',
};

/** Rows of a per-department rollup merged with the overall one, keyed by segment (null = total); rows of no department dropped. */
function bySegment(perDepartment: Table, total: Table): Map<string | null, Record<string, unknown>> {
  const segments = new Map<string | null, Record<string, unknown>>();
  for (const row of perDepartment.objects() as Record<string, unknown>[]) if (row.dept !== null) segments.set(String(row.dept), row);
  segments.set(null, (total.objects() as Record<string, unknown>[])[0] ?? {});
  return segments;
}

/**
 * Exit reason shares by reason: the reasons cited by at least a tenth of all voluntary leavers with a reason (any date), each
 * with its count among the period's voluntary leavers with a reason (`cited`) and that count (`given`), per segment.
 */
function exitReasons(table: Table): Map<string, Map<string | null, Record<string, unknown>>> {
  const { from, to } = benchScenario;
  const leavers = table.filter('d.voluntary === 1 && d.term != null && d.reason != null').derive({ in_period: `d.term >= ${from} && d.term <= ${to}` });
  const reasons = leavers
    .groupby('reason')
    .count()
    .params({ leavers: leavers.numRows() })
    .filter((d: { count: number }, $: { leavers: number }) => d.count / $.leavers >= 0.1)
    .array('reason') as string[];
  const shares = new Map<string, Map<string | null, Record<string, unknown>>>();
  for (const reason of reasons) {
    const spec = { cited: `op.sum(d.in_period && d.reason === ${JSON.stringify(reason)})`, given: 'op.sum(d.in_period)' };
    shares.set(reason, bySegment(leavers.groupby('dept').rollup(spec), leavers.rollup(spec)));
  }
  return shares;
}

/**
 * The roster suite computed with arquero verbs (fromCSV of the file, derive / filter / groupby / rollup), reproducing
 * core/metrics' definitions as expressions; the same figures per department and overall as our evidence.
 * @example arqueroSuite('roster.csv')['turnover_rate|all'].value // ≈ 0.11
 */
export function arqueroSuite(file: string): SuiteResult {
  const table = people(loadRoster(file));
  const tallies = talliesSpec();
  const managed = table.filter('d.member && d.manager != null');
  const paid = table.filter(`d.member && d.salary != null && d.level != null && (d.sex === 0 || d.sex === 1)`);
  const main = bySegment(table.groupby('dept').rollup(tallies), table.rollup(tallies));
  const span = bySegment(managed.groupby('dept').rollup(spanSpec()), managed.rollup(spanSpec()));
  const adjusted = bySegment(levelGaps(paid, ['dept', 'level']).groupby('dept').rollup(adjustedSpec), levelGaps(paid, ['level']).rollup(adjustedSpec));
  const suite: SuiteResult = {};
  for (const [segment, row] of main) {
    addPeerFigures({ ...row, ...span.get(segment) } as unknown as PeerTallies, segment, suite);
    addAdjustedGap(adjusted.get(segment)?.gap, adjusted.get(segment)?.n, segment, suite);
  }
  for (const [reason, segments] of exitReasons(table)) {
    for (const [segment, row] of segments) addExitReasonShare(reason, row.cited, row.given, segment, suite);
  }
  return suite;
}
