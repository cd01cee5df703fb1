import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../core/table/day.ts';
import { requisitionColumns, rowBadges } from './requisition-badges.ts';

const today = dayFromIso('2025-03-03');
const limits = { agedDays: 45, feedbackSlaDays: 3 };

describe('requisitionColumns', () => {
  it('finds the opened, status, interview and feedback columns in English and Chinese headers', () => {
    expect(requisitionColumns(['Requisition', 'Status', 'Opened', 'Last interview', 'Feedback'])).toEqual({ opened: 2, daysOpen: -1, status: 1, interviewed: 3, feedback: 4 });
    expect(requisitionColumns(['职位', '需求状态', '已开放天数'])).toEqual({ opened: -1, daysOpen: 2, status: 1, interviewed: -1, feedback: -1 });
  });

  it('leaves tables without an opened date or days-open count alone', () => {
    expect(requisitionColumns(['Name', 'Department', 'Status', 'Hire date'])).toBeNull();
  });
});

describe('rowBadges', () => {
  const columns = { opened: 2, daysOpen: -1, status: 1, interviewed: 3, feedback: 4 };

  it('counts days open, aged past the limit', () => {
    expect(rowBadges(['R-1', 'Open', '2025-02-20', '', ''], columns, today, limits)).toEqual([{ kind: 'open', days: 11 }]);
    expect(rowBadges(['R-2', 'Open', '2025-01-02', '', ''], columns, today, limits)).toEqual([{ kind: 'aged', days: 60 }]);
  });

  it('flags interview feedback still pending past the SLA, by the days over it', () => {
    expect(rowBadges(['R-3', 'Interviewing', '2025-02-20', '2025-02-24', 'Pending'], columns, today, limits)).toEqual([{ kind: 'open', days: 11 }, { kind: 'feedback-overdue', days: 4 }]);
    expect(rowBadges(['R-4', 'Interviewing', '2025-02-20', '2025-02-24', 'Submitted'], columns, today, limits)).toEqual([{ kind: 'open', days: 11 }]);
    expect(rowBadges(['R-5', 'Interviewing', '2025-02-20', '2025-03-01', ''], columns, today, limits)).toEqual([{ kind: 'open', days: 11 }]);
  });

  it('gives closed rows and unreadable dates no badge, and reads a days-open count when there is no date', () => {
    expect(rowBadges(['R-6', 'Filled', '2024-01-02', '', ''], columns, today, limits)).toEqual([]);
    for (const status of ['Closed - Hired', '已到岗', 'Cancelled', '已关闭']) expect(rowBadges(['R-8', status, '2024-01-02', '', ''], columns, today, limits)).toEqual([]);
    expect(rowBadges(['R-9', 'Unfilled', '2025-02-20', '', ''], columns, today, limits)).toEqual([{ kind: 'open', days: 11 }]);
    expect(rowBadges(['R-7', 'Open', 'soon', '', ''], columns, today, limits)).toEqual([]);
    expect(rowBadges(['职位', '招聘中', '52'], { opened: -1, daysOpen: 2, status: 1, interviewed: -1, feedback: -1 }, today, limits)).toEqual([{ kind: 'aged', days: 52 }]);
  });
});
