import type { Day } from '../../core/table/day.ts';
import { dayFromReading } from '../../core/table/day-from-reading.ts';
import { readDateText } from '../../core/table/read-date-text.ts';
import { isFilledStatus } from '../../core/metrics/is-filled-status.ts';

/** When a row earns a badge: the panel publishes them with the per-site switch, from core's assumptions. */
export interface BadgeLimits {
  /** A requisition open longer than this many days is flagged as aged. */
  agedDays: number;
  /** Interview feedback is due within this many days of the interview. */
  feedbackSlaDays: number;
}

/** Which columns of a requisition-like table the badges read; -1 when the table has no such column. */
export interface RequisitionColumns {
  opened: number;
  daysOpen: number;
  status: number;
  interviewed: number;
  feedback: number;
}

export type RowBadge = { kind: 'open' | 'aged'; days: number } | { kind: 'feedback-overdue'; days: number };

// Header wordings, English and Chinese, as requisition lists of ATS and HRIS pages write them (HRIS-PAGES.md).
const headerPatterns: Record<keyof RequisitionColumns, RegExp> = {
  opened: /^(date )?(opened|open(ed)? (date|on)|posted( on)?|posting date)$|^(开放|发布|开启)(日期|时间)$/i,
  daysOpen: /^(days open|open days|age \(days\)|days)$|^(已开放|开放)天数$/i,
  status: /^(status|requisition status|job status)$|^(状态|职位状态|需求状态)$/i,
  interviewed: /^(last )?interview(ed)?( date| on)?$|^(最近)?面试(日期|时间)$/i,
  feedback: /^(interview )?feedback$|^(面试)?反馈$/i,
};

// Statuses that stop a requisition ageing without filling it; filled ones are core's isFilledStatus, as the metrics read them.
const stoppedStatus = /^(closed|cancel+ed|on hold)$|^(已关闭|已取消|暂停)$/i;

// Feedback cells that mean none has been given yet.
const pendingFeedback = /^(|-|—|pending|awaiting|not submitted)$|^(待反馈|未反馈|待提交)$/i;

/** The columns of a table whose headers make it a requisition list (an opened date or a days-open count); null for any other table. */
export function requisitionColumns(headers: readonly string[]): RequisitionColumns | null {
  const normalised = headers.map((header) => header.replace(/\s+/g, ' ').trim());
  const find = (key: keyof RequisitionColumns) => normalised.findIndex((header) => headerPatterns[key].test(header));
  const columns: RequisitionColumns = { opened: find('opened'), daysOpen: find('daysOpen'), status: find('status'), interviewed: find('interviewed'), feedback: find('feedback') };
  return columns.opened >= 0 || columns.daysOpen >= 0 ? columns : null;
}

/** Whether a status ends the requisition's ageing: filled by core's rule (so badges and metrics agree), or stopped unfilled. */
function isClosed(status: string): boolean {
  return isFilledStatus(status) || stoppedStatus.test(status);
}

/** A date cell as a day (null when it is none); ambiguous `a/b/yyyy` is read month first, as US-hosted ATS pages write it. */
function dayOf(text: string | undefined, today: Day): Day | null {
  const reading = text ? readDateText(text.trim()) : null;
  const day = reading ? dayFromReading(reading, true, today) : Number.NaN;
  return Number.isNaN(day) ? null : day;
}

/**
 * A row's badges: days open (aged past the limit), and interview feedback overdue against the SLA while none was given.
 * Closed or filled rows, and rows whose dates cannot be read, get none.
 * @example rowBadges(['R-1', 'Open', '2025-01-02'], { opened: 2, daysOpen: -1, status: 1, interviewed: -1, feedback: -1 }, dayFromIso('2025-03-03'), { agedDays: 45, feedbackSlaDays: 3 }) // [{ kind: 'aged', days: 60 }]
 */
export function rowBadges(cells: readonly string[], columns: RequisitionColumns, today: Day, limits: BadgeLimits): RowBadge[] {
  if (columns.status >= 0 && isClosed((cells[columns.status] ?? '').trim())) return [];
  const opened = dayOf(cells[columns.opened], today);
  const counted = columns.daysOpen >= 0 ? Number.parseInt(cells[columns.daysOpen] ?? '', 10) : Number.NaN;
  const days = opened !== null ? today - opened : counted;
  const badges: RowBadge[] = Number.isFinite(days) && days >= 0 ? [{ kind: days > limits.agedDays ? 'aged' : 'open', days }] : [];
  const interviewed = dayOf(cells[columns.interviewed], today);
  const awaiting = columns.feedback >= 0 && pendingFeedback.test((cells[columns.feedback] ?? '').trim());
  if (interviewed !== null && awaiting && today - interviewed > limits.feedbackSlaDays) badges.push({ kind: 'feedback-overdue', days: today - interviewed - limits.feedbackSlaDays });
  return badges;
}
