import type { TableRole } from '../../core/table/fields.ts';

/**
 * Every table role in the order the pane offers them (the roster first: every figure starts from it); written as a record so
 * the compiler flags a role core adds, without importing core's vocabularies into the pane's first load.
 */
export const tableRoles = Object.keys({ roster: 0, requisitions: 0, candidates: 0, training: 0, goals: 0, business: 0, approvals: 0 } satisfies Record<TableRole, 0>) as TableRole[];
