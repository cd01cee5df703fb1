import { describe, expect, it } from 'vitest';
import { departmentTable, evidenceColumn, noValue, shortfallRef, tableDepartments } from './department-table.ts';
import { createDocumentContext } from './document-context.ts';
import { runText } from './document-inspection.ts';
import { sampleInput } from './proposal-fixture.ts';

describe('department tables', () => {
  it('lists departments with a number to show, never one whose numbers are all suppressed', () => {
    const company = createDocumentContext(sampleInput('en', null));
    expect(tableDepartments(company, ['turnover_rate'])).toEqual(['R&D', 'Sales', 'Marketing', 'Finance', 'Operations', 'Legal']);
    expect(tableDepartments(createDocumentContext(sampleInput('en', 'Sales')), ['interview_feedback_sla'])).toEqual(['Sales']);
    expect(tableDepartments(createDocumentContext(sampleInput('en', 'Support')), ['turnover_rate'])).toEqual([]);
  });

  it('writes references, a shortfall and dashes, with the company first when it has numbers', () => {
    const context = createDocumentContext(sampleInput('en', null));
    const table = departmentTable(context, ['Sales'], [
      evidenceColumn('Due', 'interview_feedback_sla', 'denominator'),
      evidenceColumn('Late', 'interview_feedback_sla', 'shortfall'),
      evidenceColumn('Rest', 'interview_feedback_sla', 'restValue'),
    ])!;
    expect(table.header).toEqual(['Department', 'Due', 'Late', 'Rest']);
    expect(table.rows.map((row) => row.map(runText))).toEqual([
      ['Whole company', '{interview_feedback_sla|2024-01-01..2024-12-31#denominator}', '{derived:shortfall:interview_feedback_sla|2024-01-01..2024-12-31}', noValue],
      ['Sales', '{interview_feedback_sla|department=Sales|2024-01-01..2024-12-31#denominator}', '{derived:shortfall:interview_feedback_sla|department=Sales|2024-01-01..2024-12-31}', '{interview_feedback_sla|department=Sales|2024-01-01..2024-12-31#restValue}'],
    ]);
    expect(context.quantities.quantities()['derived:shortfall:interview_feedback_sla|department=Sales|2024-01-01..2024-12-31'].value).toBe(36);
    expect(departmentTable(context, [], [])).toBeNull();
  });

  it('has no shortfall without both counts', () => {
    const context = createDocumentContext(sampleInput('en', null));
    expect(shortfallRef(context, context.evidence.find((item) => item.metric === 'time_to_fill')!)).toBeNull();
  });
});
