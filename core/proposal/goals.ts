import { compose } from './compose-text.ts';
import type { DocumentContext } from './document-context.ts';
import type { Inline } from './document.ts';
import type { DepartmentGoal } from './proposal-input.ts';
import { evidenceFormat } from './quantities.ts';

/**
 * The goals of some departments, in the order given, for documents that tie HR work to what the business is measured on.
 * @example goalsOf(context, ['R&D'])[0]?.goal // 'Ship the new platform on schedule'
 */
export function goalsOf(context: DocumentContext, departments: readonly string[]): DepartmentGoal[] {
  return context.goals.filter((goal) => departments.includes(goal.department));
}

/**
 * A goal in its own words followed by its target and deadline where it has them (", target 95.0% by Jun 30, 2025"); the target
 * is written in the unit of the metric it names when the evidence has that metric.
 * @example goalText(context, salesGoal) // ['Grow new-customer revenue, target ', { ref: 'target:business-goal:…' }, ' by ', { ref: 'date:…' }]
 */
export function goalText(context: DocumentContext, goal: DepartmentGoal): Inline[] {
  const { lang, quantities: q } = context;
  const measured = context.evidence.find((item) => item.metric === goal.metric);
  return [
    goal.goal,
    ...(goal.target !== null
      ? compose(lang, 'proposal.situation.goal-target', {
          target: q.target(`business-goal:${goal.department}|${goal.goal}`, goal.target, measured ? evidenceFormat(measured) : 'number', []),
        })
      : []),
    ...(goal.deadline !== null ? compose(lang, 'proposal.situation.goal-deadline', { deadline: q.date(goal.deadline) }) : []),
  ];
}
