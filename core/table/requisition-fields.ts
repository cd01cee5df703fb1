import { fieldSynonyms, type FieldVocabulary } from './field-synonyms.ts';
import { rosterFields, type FieldSpec } from './fields.ts';

/**
 * Canonical fields of a requisitions table (one row per job opening): the hiring plan and its progress. External recruiting
 * costs come as one total (`externalCost`) or as its parts (agency fee, advertising, referral bonus), as ATS exports give them.
 */
export const requisitionFieldIds = [
  'requisitionId',
  'department',
  'jobTitle',
  'jobLevel',
  'location',
  'plannedHires',
  'openedDate',
  'approvedDate',
  'filledDate',
  'requisitionStatus',
  'hiringManager',
  'externalCost',
  'agencyFee',
  'advertisingCost',
  'referralBonus',
  'internalCost',
] as const;

export type RequisitionFieldId = (typeof requisitionFieldIds)[number];

const money = (id: RequisitionFieldId): FieldSpec => ({ id, type: 'money', segmentable: false });
const date = (id: RequisitionFieldId): FieldSpec => ({ id, type: 'date', segmentable: false });

/** Storage type of each requisition field; department, title, level and location are the roster's. */
export const requisitionFields: Record<RequisitionFieldId, FieldSpec> = {
  requisitionId: { id: 'requisitionId', type: 'id', segmentable: false },
  department: rosterFields.department,
  jobTitle: rosterFields.jobTitle,
  jobLevel: rosterFields.jobLevel,
  location: rosterFields.location,
  plannedHires: { id: 'plannedHires', type: 'number', segmentable: false },
  openedDate: date('openedDate'),
  approvedDate: date('approvedDate'),
  filledDate: date('filledDate'),
  requisitionStatus: { id: 'requisitionStatus', type: 'category', segmentable: true },
  hiringManager: { id: 'hiringManager', type: 'category', segmentable: true },
  externalCost: money('externalCost'),
  agencyFee: money('agencyFee'),
  advertisingCost: money('advertisingCost'),
  referralBonus: money('referralBonus'),
  internalCost: money('internalCost'),
};

/** Header synonyms shared by the tables that carry a requisition id (requisitions and candidates' stage events). */
export const requisitionIdHeaders = ['Requisition ID', 'Requisition', 'Req ID', 'Req No', 'Requisition Number', 'Requisition No', 'Job Requisition ID', 'Job Req ID', 'Job ID', 'Opening ID', '需求编号', '招聘需求编号', '需求ID', '职位编号', '职位ID', '招聘单号'];

/** Header synonyms of the approval date, shared by requisitions and approval logs. */
export const approvedDateVocabulary: FieldVocabulary = {
  headers: ['Approved Date', 'Approval Date', 'Date Approved', 'Approved On', 'Approved At', 'Approved', '审批日期', '批准日期', '审批通过日期', '审批时间', '批准时间', '通过日期', '审批通过时间'],
  weakHeaders: [],
  keywords: ['approved', 'approval', '审批', '批准'],
};

/**
 * Header synonyms of every requisition field in English and Chinese, after the exports of Greenhouse, Lever, Workday
 * Recruiting, SuccessFactors, Moka, 北森 and 飞书招聘. `Hire Date` and `入职日期` are weak filled dates: some teams close a
 * requisition at the start date rather than at the accepted offer.
 * @example requisitionSynonyms.plannedHires.headers.includes('计划人数') // true
 */
export const requisitionSynonyms: Record<RequisitionFieldId, FieldVocabulary> = {
  requisitionId: { headers: requisitionIdHeaders, weakHeaders: ['ID', '编号'], keywords: ['requisition', 'req', '需求'] },
  department: fieldSynonyms.department,
  jobTitle: fieldSynonyms.jobTitle,
  jobLevel: fieldSynonyms.jobLevel,
  location: fieldSynonyms.location,
  plannedHires: {
    headers: ['Planned Hires', 'Hires Planned', 'Openings', 'Number of Openings', 'No of Openings', 'Positions', 'Number of Positions', 'Planned Headcount', 'Vacancies', '计划人数', '招聘人数', '需求人数', '计划招聘人数', '编制人数', '岗位数'],
    weakHeaders: ['Headcount', 'HC', '人数'],
    keywords: ['planned', 'openings', 'vacancies', '人数'],
  },
  openedDate: {
    headers: ['Opened Date', 'Open Date', 'Date Opened', 'Opened', 'Opened On', 'Requisition Date', 'Posted Date', 'Date Posted', 'Posting Date', '开启日期', '发布日期', '需求提出日期', '提出日期', '开放日期', '需求日期'],
    weakHeaders: ['Created Date', 'Created On', 'Created', '创建日期', '创建时间'],
    keywords: ['opened', 'open', 'posted', 'created', '发布', '创建', '提出'],
  },
  approvedDate: approvedDateVocabulary,
  filledDate: {
    headers: ['Filled Date', 'Date Filled', 'Fill Date', 'Filled On', 'Filled', 'Offer Accepted Date', 'Offer Accept Date', 'Accepted Date', 'Date Offer Accepted', '招满日期', '完成招聘日期', 'offer接受日期', '接受offer日期', '录用日期'],
    weakHeaders: ['Closed Date', 'Close Date', 'Date Closed', 'Closed On', 'Hire Date', '关闭日期', '入职日期', '到岗日期'],
    keywords: ['filled', 'fill', 'closed', 'accepted', '招满', '关闭'],
  },
  requisitionStatus: {
    headers: ['Requisition Status', 'Req Status', 'Job Status', 'Opening Status', 'Status', '需求状态', '招聘状态', '职位状态', '状态'],
    weakHeaders: [],
    keywords: ['status', '状态'],
  },
  hiringManager: {
    headers: ['Hiring Manager', 'Hiring Manager Name', 'Requester', 'Requested By', 'Recruiting Manager', '用人经理', '用人部门负责人', '招聘负责人', '需求负责人', '需求提出人'],
    weakHeaders: ['Manager', 'Owner', '经理', '负责人'],
    keywords: ['manager', 'requester', 'owner', '经理', '负责人'],
  },
  externalCost: {
    headers: ['External Cost', 'External Costs', 'External Recruiting Cost', 'External Recruitment Cost', 'Recruiting Cost', 'Recruitment Cost', 'Hiring Cost', '外部成本', '外部招聘费用', '外部招聘成本', '招聘费用', '招聘成本'],
    weakHeaders: ['Cost', 'Costs', '费用', '成本'],
    keywords: ['external', '外部'],
  },
  agencyFee: {
    headers: ['Agency Fee', 'Agency Fees', 'Agency Cost', 'Headhunter Fee', 'Search Fee', 'Search Firm Fee', 'Recruiter Fee', '猎头费', '猎头费用', '中介费', '中介费用'],
    weakHeaders: [],
    keywords: ['agency', 'headhunter', '猎头'],
  },
  advertisingCost: {
    headers: ['Advertising', 'Advertising Cost', 'Advertising Costs', 'Advertising Spend', 'Ad Spend', 'Job Board Cost', 'Job Posting Cost', 'Job Board Fees', '广告费', '招聘广告费', '渠道费', '渠道费用', '招聘网站费用'],
    weakHeaders: [],
    keywords: ['advertising', 'ads', 'ad', '广告'],
  },
  referralBonus: {
    headers: ['Referral Bonus', 'Referral Bonuses', 'Referral Fee', 'Referral Reward', '内推奖金', '推荐奖金', '内推奖励', '推荐奖励'],
    weakHeaders: [],
    keywords: ['referral', '内推', '推荐'],
  },
  internalCost: {
    headers: ['Internal Cost', 'Internal Costs', 'Internal Recruiting Cost', 'Internal Recruitment Cost', 'Recruiter Cost', 'Recruiter Time Cost', '内部成本', '内部招聘成本', '内部费用', '内部招聘费用'],
    weakHeaders: [],
    keywords: ['internal', '内部'],
  },
};
