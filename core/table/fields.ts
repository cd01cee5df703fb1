import type { ApprovalFieldId } from './approval-fields.ts';
import type { BusinessFieldId } from './business-fields.ts';
import type { CandidateFieldId } from './candidate-fields.ts';
import type { GoalFieldId } from './goal-fields.ts';
import type { RequisitionFieldId } from './requisition-fields.ts';
import type { TrainingFieldId } from './training-fields.ts';

/** What kind of table a source holds; each role has its own canonical fields (role-fields.ts). */
export type TableRole = 'roster' | 'requisitions' | 'candidates' | 'training' | 'goals' | 'business' | 'approvals';

/** How a field's values are parsed and stored in a Dataset; a `month` (`2025-03`, or a date) is stored as a date column. */
export type FieldType = 'id' | 'text' | 'category' | 'date' | 'month' | 'number' | 'money' | 'boolean';

/** Canonical roster fields, the vocabulary every metric is written against. */
export const rosterFieldIds = [
  'employeeId',
  'name',
  'department',
  'jobTitle',
  'jobLevel',
  'managerId',
  'managerName',
  'employmentStatus',
  'hireDate',
  'terminationDate',
  'terminationReason',
  'voluntary',
  'leaver',
  'salary',
  'marketMidpoint',
  'performanceRating',
  'gender',
  'birthDate',
  'age',
  'location',
  'recruitmentSource',
  'tenureYears',
] as const;

export type RosterFieldId = (typeof rosterFieldIds)[number];
/** Every canonical field of every role; a field shared by roles (department) is one id with one spec. */
export type FieldId = RosterFieldId | RequisitionFieldId | CandidateFieldId | TrainingFieldId | GoalFieldId | BusinessFieldId | ApprovalFieldId;

/** A canonical field: its stored type and whether a segment can be cut by it. */
export interface FieldSpec {
  id: FieldId;
  type: FieldType;
  /** True when the field's values name groups a metric can be broken down by. */
  segmentable: boolean;
}

/** Storage type of each roster field; the header synonyms live with field inference. */
export const rosterFields: Record<RosterFieldId, FieldSpec> = {
  employeeId: { id: 'employeeId', type: 'id', segmentable: false },
  name: { id: 'name', type: 'text', segmentable: false },
  department: { id: 'department', type: 'category', segmentable: true },
  jobTitle: { id: 'jobTitle', type: 'category', segmentable: true },
  jobLevel: { id: 'jobLevel', type: 'category', segmentable: true },
  managerId: { id: 'managerId', type: 'id', segmentable: false },
  managerName: { id: 'managerName', type: 'category', segmentable: true },
  employmentStatus: { id: 'employmentStatus', type: 'category', segmentable: true },
  hireDate: { id: 'hireDate', type: 'date', segmentable: false },
  terminationDate: { id: 'terminationDate', type: 'date', segmentable: false },
  terminationReason: { id: 'terminationReason', type: 'category', segmentable: true },
  voluntary: { id: 'voluntary', type: 'boolean', segmentable: true },
  leaver: { id: 'leaver', type: 'boolean', segmentable: true },
  salary: { id: 'salary', type: 'money', segmentable: false },
  marketMidpoint: { id: 'marketMidpoint', type: 'money', segmentable: false },
  performanceRating: { id: 'performanceRating', type: 'category', segmentable: true },
  gender: { id: 'gender', type: 'category', segmentable: true },
  birthDate: { id: 'birthDate', type: 'date', segmentable: false },
  age: { id: 'age', type: 'number', segmentable: false },
  location: { id: 'location', type: 'category', segmentable: true },
  recruitmentSource: { id: 'recruitmentSource', type: 'category', segmentable: true },
  tenureYears: { id: 'tenureYears', type: 'number', segmentable: false },
};
