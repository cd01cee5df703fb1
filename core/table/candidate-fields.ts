import { fieldSynonyms, type FieldVocabulary } from './field-synonyms.ts';
import { rosterFields, type FieldSpec } from './fields.ts';
import { requisitionFields, requisitionIdHeaders } from './requisition-fields.ts';

/**
 * Canonical fields of a candidates' stage-event table: one row per candidate and stage reached (applied, screened,
 * interviewed, feedback given, offered, accepted or declined) with its date, the long layout ATS activity exports use.
 */
export const candidateFieldIds = ['candidateId', 'requisitionId', 'stage', 'eventDate', 'department', 'recruitmentSource'] as const;

export type CandidateFieldId = (typeof candidateFieldIds)[number];

/** Storage type of each candidate-event field; a candidate id repeats once per stage, so it is an id that is not unique. */
export const candidateFields: Record<CandidateFieldId, FieldSpec> = {
  candidateId: { id: 'candidateId', type: 'id', segmentable: false },
  requisitionId: requisitionFields.requisitionId,
  stage: { id: 'stage', type: 'category', segmentable: true },
  eventDate: { id: 'eventDate', type: 'date', segmentable: false },
  department: rosterFields.department,
  recruitmentSource: rosterFields.recruitmentSource,
};

/**
 * Header synonyms of every candidate-event field in English and Chinese (Greenhouse and Lever activity exports, Moka and
 * 北森 候选人流程记录). A candidate's name is a weak id: it serves when the export has no candidate number.
 * @example candidateSynonyms.stage.headers.includes('招聘阶段') // true
 */
export const candidateSynonyms: Record<CandidateFieldId, FieldVocabulary> = {
  candidateId: {
    headers: ['Candidate ID', 'Candidate', 'Candidate Number', 'Candidate No', 'Applicant ID', 'Applicant', 'Application ID', 'Person ID', '候选人编号', '候选人ID', '应聘者编号', '应聘人编号', '简历编号', '候选人'],
    weakHeaders: ['ID', 'Candidate Name', 'Applicant Name', 'Name', '候选人姓名', '应聘者', '姓名', '编号'],
    keywords: ['candidate', 'applicant', '候选人', '应聘'],
  },
  requisitionId: { headers: requisitionIdHeaders, weakHeaders: ['Job', 'Opening', 'Job Opening', '应聘职位', '应聘岗位'], keywords: ['requisition', 'req', '需求'] },
  stage: {
    headers: ['Stage', 'Candidate Stage', 'Pipeline Stage', 'Stage Name', 'Recruiting Stage', 'Event', 'Step', 'Milestone', '阶段', '招聘阶段', '候选人阶段', '环节', '招聘环节', '流程节点', '节点'],
    weakHeaders: ['Status', 'Application Status', 'Candidate Status', '状态', '候选人状态', '应聘状态'],
    keywords: ['stage', 'step', 'event', 'milestone', '阶段', '环节', '节点'],
  },
  eventDate: {
    headers: ['Date', 'Event Date', 'Stage Date', 'Date Entered', 'Entered On', 'Changed On', 'Updated On', 'Timestamp', 'Event Time', '日期', '发生日期', '阶段日期', '操作日期', '操作时间', '变更时间', '时间'],
    weakHeaders: [],
    keywords: ['date', 'entered', 'changed', 'timestamp', '日期', '时间'],
  },
  department: fieldSynonyms.department,
  recruitmentSource: fieldSynonyms.recruitmentSource,
};
