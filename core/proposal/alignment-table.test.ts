import { describe, expect, it } from 'vitest';
import { langs } from '../i18n/index.ts';
import { buildAlignmentTable } from './alignment-table.ts';
import { documentProblems, runText } from './document-inspection.ts';
import { sampleInput } from './proposal-fixture.ts';

describe('buildAlignmentTable', () => {
  for (const lang of langs) {
    for (const scope of [null, 'R&D', 'Sales']) {
      it(`is a sound alignment table (${lang}, ${scope ?? 'whole company'})`, () => {
        const input = sampleInput(lang, scope);
        const doc = buildAlignmentTable(input);
        expect(doc.kind).toBe('alignment-table');
        expect(doc.sections.map((section) => section.id)).toEqual(['alignment', 'notes']);
        expect(documentProblems(doc, input)).toEqual([]);
      });
    }
  }

  it('sets each project beside the goal it serves, its dated target and what it needs from the department', () => {
    const doc = buildAlignmentTable(sampleInput('en', 'Sales'));
    const table = doc.sections[0].blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.header).toEqual(['HR project', 'Department goal', 'Value link', 'Cooperation required']);
    const [project, goal, link, cooperation] = table.rows[0].map(runText);
    expect(project).toBe('Precise role profiles (Sales)');
    expect(goal).toMatch(/^Grow new-customer revenue, target \{target:business-goal:Sales\|Grow new-customer revenue\} by \{date:2025-06-30\}$/);
    expect(link).toMatch(/; target: hiring plan completion at \{target:play:precise-role-profiles:.*\} by \{date:2025-06-30\}$/);
    expect(cooperation).toBe('An hour per role to build the profile, and one named person who decides.');
  });

  it('says when a department has no goal on file, and when nothing calls for a project', () => {
    const input = sampleInput('zh-CN', 'R&D');
    const withoutGoals = buildAlignmentTable({ ...input, goals: [] });
    const table = withoutGoals.sections[0].blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && runText(table.rows[0][1])).toBe('暂无记录，待与部门确认');
    const quiet = buildAlignmentTable({ ...input, findings: [] });
    expect(quiet.sections[0].blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });
});
