import { approvalFieldIds, approvalFields, approvalSynonyms } from './approval-fields.ts';
import { businessFieldIds, businessFields, businessSynonyms } from './business-fields.ts';
import { candidateFieldIds, candidateFields, candidateSynonyms } from './candidate-fields.ts';
import { fieldSynonyms, type FieldVocabulary } from './field-synonyms.ts';
import { rosterFieldIds, rosterFields, type FieldId, type FieldSpec, type TableRole } from './fields.ts';
import { goalFieldIds, goalFields, goalSynonyms } from './goal-fields.ts';
import { requisitionFieldIds, requisitionFields, requisitionSynonyms } from './requisition-fields.ts';
import { trainingFieldIds, trainingFields, trainingSynonyms } from './training-fields.ts';

/** One canonical field of a role with the header words that name it in that role's tables. */
export interface RoleField {
  id: FieldId;
  vocabulary: FieldVocabulary;
}

/** The vocabulary of one kind of table: its fields in inference order, and the fields that only its tables have. */
export interface RoleVocabulary {
  fields: readonly RoleField[];
  /** Fields that mark the role: a table naming none of them is not of this role, whatever else it shares (a department). */
  keyFields: readonly FieldId[];
}

function vocabulary<F extends FieldId>(ids: readonly F[], synonyms: Record<F, FieldVocabulary>, keyFields: readonly F[]): RoleVocabulary {
  return { fields: ids.map((id) => ({ id, vocabulary: synonyms[id] })), keyFields };
}

/**
 * The fields and header synonyms of every table role, so inference, validation and role detection read one vocabulary.
 * @example roleVocabularies.training.fields.map((field) => field.id) // ['course', 'employeeId', 'department', …]
 */
export const roleVocabularies: Record<TableRole, RoleVocabulary> = {
  roster: vocabulary(rosterFieldIds, fieldSynonyms, ['employeeId', 'name', 'hireDate', 'terminationDate', 'employmentStatus', 'salary', 'gender', 'birthDate', 'leaver', 'performanceRating', 'tenureYears']),
  requisitions: vocabulary(requisitionFieldIds, requisitionSynonyms, ['requisitionId', 'plannedHires', 'openedDate', 'filledDate', 'requisitionStatus', 'hiringManager']),
  candidates: vocabulary(candidateFieldIds, candidateSynonyms, ['candidateId', 'stage']),
  training: vocabulary(trainingFieldIds, trainingSynonyms, ['course', 'completed', 'trainingCost']),
  goals: vocabulary(goalFieldIds, goalSynonyms, ['goal', 'target', 'deadline']),
  business: vocabulary(businessFieldIds, businessSynonyms, ['period', 'value']),
  approvals: vocabulary(approvalFieldIds, approvalSynonyms, ['requestId', 'approvalType', 'requestedDate']),
};

/**
 * Storage type of every canonical field of every role; a field shared by several roles (department, requisition id,
 * approval date) has one spec, so a column means the same thing in every table.
 * @example fieldSpecs.filledDate.type // 'date'
 */
export const fieldSpecs: Record<FieldId, FieldSpec> = {
  ...rosterFields,
  ...requisitionFields,
  ...candidateFields,
  ...trainingFields,
  ...goalFields,
  ...businessFields,
  ...approvalFields,
};

/**
 * The canonical field ids of a role, in inference order.
 * @example fieldIdsOf('business') // ['department', 'period', 'metricName', 'value']
 */
export function fieldIdsOf(role: TableRole): FieldId[] {
  return roleVocabularies[role].fields.map((field) => field.id);
}
