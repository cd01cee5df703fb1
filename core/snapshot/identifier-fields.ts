import type { FieldId } from '../table/fields.ts';
import { fieldSpecs } from '../table/role-fields.ts';

/** Categories that name a person although they are groups; every `id` and `text` field identifies a person anyway. */
const personCategories: readonly FieldId[] = ['managerName', 'hiringManager'];

/**
 * Canonical fields whose values identify a person (ids, names, a manager's name): what snapshots and exports leave out unless
 * the user asks for identifiers (DESIGN.md §6). Derived from field types, so a new id or text field is covered without edits here.
 * @example identifierFields.includes('employeeId') // true
 */
export const identifierFields: readonly FieldId[] = (Object.keys(fieldSpecs) as FieldId[]).filter(
  (field) => fieldSpecs[field].type === 'id' || fieldSpecs[field].type === 'text' || personCategories.includes(field),
);
