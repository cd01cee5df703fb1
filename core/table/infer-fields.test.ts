import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader.ts';
import { rawTableFromValues } from './from-values.ts';
import { inferFieldMap, type InferFieldOptions } from './infer-fields.ts';
import type { CellValue } from './raw-table.ts';

const datasets = new URL('../../../shared/datasets/', import.meta.url);
const hasDatasets = existsSync(datasets);
if (!hasDatasets) console.warn('HRDataset_v14 checks skipped: ../shared/datasets is absent (its licence forbids copying it here).');
const readFixture = (url: URL) => readCsv(new Uint8Array(readFileSync(url)));
const table = (headers: string[], ...rows: CellValue[][]) => rawTableFromValues([headers, ...rows]);

describe('inferFieldMap', () => {
  it('maps the IBM attrition file from its headers', () => {
    const { fieldMap, ambiguities, sources } = inferFieldMap(readFixture(new URL('../../test/fixtures/ibm-hr-attrition.csv', import.meta.url)));
    expect(fieldMap).toEqual({
      employeeId: 'EmployeeNumber',
      department: 'Department',
      jobTitle: 'JobRole',
      jobLevel: 'JobLevel',
      leaver: 'Attrition',
      salary: 'MonthlyIncome',
      performanceRating: 'PerformanceRating',
      gender: 'Gender',
      age: 'Age',
      tenureYears: 'YearsAtCompany',
    });
    expect(ambiguities).toEqual([]);
    expect(new Set(Object.values(sources))).toEqual(new Set(['synonym']));
  });

  it.skipIf(!hasDatasets)('maps HRDataset_v14 and steps around its numeric ID columns', () => {
    const { fieldMap, ambiguities } = inferFieldMap(readFixture(new URL('HRDataset_v14.csv', datasets)));
    expect(fieldMap).toEqual({
      employeeId: 'EmpID',
      name: 'Employee_Name',
      department: 'Department',
      jobTitle: 'Position',
      managerId: 'ManagerID',
      managerName: 'ManagerName',
      employmentStatus: 'EmploymentStatus',
      hireDate: 'DateofHire',
      terminationDate: 'DateofTermination',
      terminationReason: 'TermReason',
      leaver: 'Termd',
      salary: 'Salary',
      performanceRating: 'PerformanceScore',
      gender: 'Sex',
      birthDate: 'DOB',
      location: 'State',
      recruitmentSource: 'RecruitmentSource',
    });
    expect(ambiguities).toEqual([]);
  });

  it('maps Chinese headers', () => {
    const raw = table(['工号', '姓名', '主部门', '岗位', '入职时间', '离职日期', '是否离职', '月薪', '性别'], ['E1', '张三', '研发部', '工程师', '2024-01-05', '', '否', '¥20,000', '男']);
    expect(inferFieldMap(raw).fieldMap).toEqual({ employeeId: '工号', name: '姓名', department: '主部门', jobTitle: '岗位', hireDate: '入职时间', terminationDate: '离职日期', leaver: '是否离职', salary: '月薪', gender: '性别' });
  });

  it('prefers a strong synonym to a weak one (Location over State)', () => {
    expect(inferFieldMap(table(['State', 'Location'], ['MA', 'Boston'])).fieldMap).toEqual({ location: 'Location' });
  });

  it('reports two equally good headers and maps neither', () => {
    const result = inferFieldMap(table(['Department', '部门', 'Salary'], ['R&D', '研发', 100]));
    expect(result.fieldMap).toEqual({ salary: 'Salary' });
    expect(result.ambiguities).toEqual([{ field: 'department', headers: ['Department', '部门'] }]);
  });

  it('takes a keyword header when its values agree and nothing competes', () => {
    const raw = table(['Badge', 'Joined', 'Current Grade'], ['A1', '2024-01-05', 'P5'], ['A2', '2023-03-01', 'P6']);
    const result = inferFieldMap(raw);
    expect(result.fieldMap).toEqual({ employeeId: 'Badge', hireDate: 'Joined', jobLevel: 'Current Grade' });
    expect(result.sources).toEqual({ employeeId: 'values', hireDate: 'values', jobLevel: 'values' });
  });

  it('does not take a keyword header whose values disagree or whose other words change its meaning', () => {
    const raw = table(['Joined', 'MaritalStatus', 'DeptID', 'YearsWithCurrManager'], ['yes', 'Single', 3, 2], ['no', 'Married', 4, 5]);
    expect(inferFieldMap(raw).fieldMap).toEqual({});
  });

  it('reports competing keyword headers instead of picking one', () => {
    const raw = table(['Joined', 'Start'], ['2024-01-05', '2024-01-08']);
    expect(inferFieldMap(raw).ambiguities).toEqual([{ field: 'hireDate', headers: ['Joined', 'Start'] }]);
  });

  it('lets overrides win, matched exactly or up to case and punctuation', () => {
    const raw = table(['Department', 'Team', 'Hire Date'], ['R&D', 'Core', '2024-01-05']);
    const result = inferFieldMap(raw, { overrides: { department: 'team', hireDate: '' } });
    expect(result.fieldMap).toEqual({ department: 'Team' });
    expect(result.sources.department).toBe('override');
    expect(result.unknownOverrides).toEqual([]);
  });

  it('reports an override naming a missing header or field, listing what exists', () => {
    const raw = table(['Department', 'Hire Date'], ['R&D', '2024-01-05']);
    const result = inferFieldMap(raw, { overrides: { salary: 'Pay', wage: 'Hire Date' } as InferFieldOptions['overrides'] });
    expect(result.unknownOverrides).toEqual([
      { field: 'salary', header: 'Pay', message: 'No column "Pay" for salary. Columns: Department, Hire Date' },
      { field: 'wage', header: 'Hire Date', message: expect.stringMatching(/^No field "wage"\. Fields: employeeId, name, /) },
    ]);
    expect(result.fieldMap).toEqual({ department: 'Department', hireDate: 'Hire Date' });
  });

  it('gives an empty map for an empty table', () => {
    expect(inferFieldMap(rawTableFromValues([]))).toEqual({ fieldMap: {}, sources: {}, ambiguities: [], unknownOverrides: [] });
  });
});

describe('inferFieldMap for the tables beside the roster', () => {
  const demo = (name: string) => readFixture(new URL(`../../examples/${name}.csv`, import.meta.url));

  it('maps every column of the demo company’s other tables with their role’s vocabulary', () => {
    expect(inferFieldMap(demo('requisitions'), { role: 'requisitions' }).fieldMap).toEqual({
      requisitionId: 'Requisition ID',
      department: 'Department',
      jobTitle: 'Role',
      plannedHires: 'Planned Hires',
      openedDate: 'Opened Date',
      approvedDate: 'Approved Date',
      filledDate: 'Filled Date',
      requisitionStatus: 'Status',
      hiringManager: 'Hiring Manager',
      agencyFee: 'Agency Fee',
      advertisingCost: 'Advertising',
      referralBonus: 'Referral Bonus',
      internalCost: 'Internal Cost',
    });
    expect(inferFieldMap(demo('candidates'), { role: 'candidates' }).fieldMap).toEqual({ candidateId: 'Candidate ID', requisitionId: 'Requisition ID', stage: 'Stage', eventDate: 'Date' });
    expect(inferFieldMap(demo('training'), { role: 'training' }).fieldMap).toEqual({
      course: 'Course',
      employeeId: 'Participant',
      department: 'Department',
      startDate: 'Start Date',
      endDate: 'End Date',
      completed: 'Completed',
      trainingCost: 'Cost',
    });
    expect(inferFieldMap(demo('goals'), { role: 'goals' }).fieldMap).toEqual({ department: 'Department', goal: 'Goal', metricName: 'Metric', target: 'Target', deadline: 'Deadline' });
    expect(inferFieldMap(demo('business'), { role: 'business' }).fieldMap).toEqual({ department: 'Department', period: 'Period', metricName: 'Metric', value: 'Value' });
    expect(inferFieldMap(demo('approvals'), { role: 'approvals' }).fieldMap).toEqual({
      requestId: 'Request ID',
      department: 'Department',
      approvalType: 'Type',
      requestedDate: 'Requested Date',
      approvedDate: 'Approved Date',
    });
  });

  it('reads Chinese headers and splits recruiting costs into their parts', () => {
    const raw = table(['需求编号', '部门', '岗位', '计划人数', '发布日期', '招满日期', '猎头费', '广告费', '内推奖金', '内部成本'], ['R1', '销售部', '销售经理', 2, '2025-01-06', '2025-03-01', 30000, 2000, 5000, 8000]);
    expect(inferFieldMap(raw, { role: 'requisitions' }).fieldMap).toEqual({
      requisitionId: '需求编号',
      department: '部门',
      jobTitle: '岗位',
      plannedHires: '计划人数',
      openedDate: '发布日期',
      filledDate: '招满日期',
      agencyFee: '猎头费',
      advertisingCost: '广告费',
      referralBonus: '内推奖金',
      internalCost: '内部成本',
    });
  });

  it('sniffs a keyword header by its values within the role', () => {
    const raw = table(['Course', 'Learner Code', 'Finished?'], ['Excel', 'E1', 'Passed'], ['Excel', 'E2', 'In Progress']);
    expect(inferFieldMap(raw, { role: 'training' }).fieldMap).toEqual({ course: 'Course', completed: 'Finished?', employeeId: 'Learner Code' });
  });

  it('lists the role’s own fields for an unknown override', () => {
    const raw = table(['Period', 'Value'], ['2025-01', 1]);
    const [unknown] = inferFieldMap(raw, { role: 'business', overrides: { salary: 'Value' } }).unknownOverrides;
    expect(unknown.message).toBe('No field "salary". Fields: department, period, metricName, value');
  });
});
