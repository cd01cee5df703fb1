import { fieldSynonyms, type FieldVocabulary } from './field-synonyms.ts';
import { rosterFields, type FieldSpec } from './fields.ts';

/** Canonical fields of a training-records table: one row per participant and course run. */
export const trainingFieldIds = ['course', 'employeeId', 'department', 'startDate', 'endDate', 'completed', 'trainingCost'] as const;

export type TrainingFieldId = (typeof trainingFieldIds)[number];

/** Storage type of each training field; the participant is an employee id as the roster has it. */
export const trainingFields: Record<TrainingFieldId, FieldSpec> = {
  course: { id: 'course', type: 'category', segmentable: true },
  employeeId: rosterFields.employeeId,
  department: rosterFields.department,
  startDate: { id: 'startDate', type: 'date', segmentable: false },
  endDate: { id: 'endDate', type: 'date', segmentable: false },
  completed: { id: 'completed', type: 'boolean', segmentable: true },
  trainingCost: { id: 'trainingCost', type: 'money', segmentable: false },
};

/**
 * Header synonyms of every training field in English and Chinese (LMS exports: Cornerstone, SAP SuccessFactors Learning,
 * 云学堂, 钉钉/飞书 培训台账). The participant is matched by the roster's employee-id headers and by learner words.
 * @example trainingSynonyms.employeeId.headers.includes('学员') // true
 */
export const trainingSynonyms: Record<TrainingFieldId, FieldVocabulary> = {
  course: {
    headers: ['Course', 'Course Name', 'Course Title', 'Training', 'Training Name', 'Training Course', 'Training Title', 'Programme', 'Program', 'Learning Item', '课程', '课程名称', '培训名称', '培训课程', '培训项目', '培训主题'],
    weakHeaders: ['Class', 'Session', 'Title', '项目', '项目名称'],
    keywords: ['course', 'training', 'programme', 'program', '课程', '培训'],
  },
  employeeId: {
    headers: [...fieldSynonyms.employeeId.headers, 'Participant', 'Participant ID', 'Learner', 'Learner ID', 'Trainee', 'Trainee ID', 'Attendee', 'Attendee ID', '学员', '学员工号', '学员编号', '参训人', '参训人员', '参训人工号'],
    weakHeaders: [...fieldSynonyms.employeeId.weakHeaders, 'Employee', 'Employee Name', 'Name', '姓名', '员工'],
    keywords: [...fieldSynonyms.employeeId.keywords, 'participant', 'learner', 'trainee', 'attendee', '学员', '参训'],
  },
  department: fieldSynonyms.department,
  startDate: {
    headers: ['Start Date', 'Course Start', 'Course Start Date', 'Training Date', 'Session Date', 'Start', 'Started On', '开始日期', '开课日期', '培训日期', '培训开始日期', '开始时间'],
    weakHeaders: ['Date', '日期'],
    keywords: ['start', 'started', 'begin', '开始', '开课'],
  },
  endDate: {
    headers: ['End Date', 'Course End', 'Course End Date', 'Completion Date', 'Finish Date', 'End', 'Ended On', 'Completed On', '结束日期', '结课日期', '完成日期', '培训结束日期', '结束时间', '完成时间'],
    weakHeaders: [],
    keywords: ['end', 'ended', 'finish', 'finished', '结束', '结课'],
  },
  completed: {
    headers: ['Completed', 'Completion', 'Completion Status', 'Is Completed', 'Passed', 'Finished', 'Complete', '是否完成', '完成情况', '完成状态', '是否结业', '结业', '是否通过', '完成'],
    weakHeaders: ['Status', 'Result', '状态', '结果'],
    keywords: ['completed', 'completion', 'complete', 'passed', '完成', '结业'],
  },
  trainingCost: {
    headers: ['Cost', 'Training Cost', 'Course Cost', 'Cost per Participant', 'Course Fee', 'Training Fee', 'Fee', 'Price', '费用', '培训费用', '培训费', '课程费用', '人均费用', '成本', '培训成本'],
    weakHeaders: ['Amount', '金额'],
    keywords: ['cost', 'fee', 'price', '费用', '成本'],
  },
};
