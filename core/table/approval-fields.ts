import { fieldSynonyms, type FieldVocabulary } from './field-synonyms.ts';
import { rosterFields, type FieldSpec } from './fields.ts';
import { approvedDateVocabulary, requisitionFields } from './requisition-fields.ts';

/** Canonical fields of a process (approval) log: one row per request, when it was asked for and when it was approved. */
export const approvalFieldIds = ['requestId', 'department', 'approvalType', 'requestedDate', 'approvedDate'] as const;

export type ApprovalFieldId = (typeof approvalFieldIds)[number];

/** Storage type of each approval field; the approval date is the requisitions' one. */
export const approvalFields: Record<ApprovalFieldId, FieldSpec> = {
  requestId: { id: 'requestId', type: 'id', segmentable: false },
  department: rosterFields.department,
  approvalType: { id: 'approvalType', type: 'category', segmentable: true },
  requestedDate: { id: 'requestedDate', type: 'date', segmentable: false },
  approvedDate: requisitionFields.approvedDate,
};

/**
 * Header synonyms of every approval-log field in English and Chinese (ServiceNow and Workday business-process exports,
 * 钉钉/飞书 审批 exports, whose 完成时间 is the approval time of an approved request).
 * @example approvalSynonyms.requestedDate.headers.includes('发起时间') // true
 */
export const approvalSynonyms: Record<ApprovalFieldId, FieldVocabulary> = {
  requestId: {
    headers: ['Request ID', 'Request No', 'Request Number', 'Approval ID', 'Approval No', 'Ticket ID', 'Ticket', 'Form ID', 'Process ID', '申请编号', '审批编号', '申请单号', '审批单号', '流程编号', '单号'],
    weakHeaders: ['ID', '编号'],
    keywords: ['request', 'ticket', '申请', '审批', '单号'],
  },
  department: fieldSynonyms.department,
  approvalType: {
    headers: ['Type', 'Request Type', 'Approval Type', 'Process', 'Process Name', 'Form Type', 'Form', 'Category', '类型', '申请类型', '审批类型', '流程类型', '流程名称', '审批名称', '表单'],
    weakHeaders: [],
    keywords: ['type', 'process', 'category', '类型', '流程'],
  },
  requestedDate: {
    headers: ['Requested Date', 'Request Date', 'Requested On', 'Date Requested', 'Submitted Date', 'Submitted On', 'Submission Date', 'Created Date', 'Created On', 'Initiated On', '申请日期', '提交日期', '发起日期', '申请时间', '提交时间', '发起时间', '创建时间'],
    weakHeaders: [],
    keywords: ['requested', 'request', 'submitted', 'initiated', '申请', '提交', '发起'],
  },
  approvedDate: {
    ...approvedDateVocabulary,
    weakHeaders: ['Completed Date', 'Completed On', 'Closed Date', 'Finished On', '完成时间', '结束时间', '审批完成时间'],
  },
};
