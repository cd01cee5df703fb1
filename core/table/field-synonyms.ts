import type { RosterFieldId } from './fields.ts';

/** How the headers of real exports name one canonical field. Headers are compared after `normalizeHeader`. */
export interface FieldVocabulary {
  /** Headers that name the field outright; two of them in one table are an ambiguity. */
  headers: readonly string[];
  /** Headers that usually mean the field but yield to any of `headers` (a table with `Location` and `State` uses `Location`). */
  weakHeaders: readonly string[];
  /**
   * Words that suggest the field in a header no synonym matched (`Joined`, `Current Grade`, `员工入职日`). A keyword alone never
   * maps a column: the header's other words must be neutral (see inferFieldMap) and its values must fit the field's type.
   */
  keywords: readonly string[];
}

/**
 * Header synonyms of every roster field in English and Chinese, taken from real exports (IBM HR Analytics, HRDataset_v14,
 * RWFD Human Resources, OrangeHRM, SAP SuccessFactors, Workday, 北森, Moka, 钉钉/飞书 rosters). Numeric code columns such as
 * `DeptID`, `GenderID`, `EmpStatusID`, `PositionID` or `PerfScoreID` are deliberately absent: they hold codes, not the text.
 * @example fieldSynonyms.hireDate.headers.includes('入职日期') // true
 */
export const fieldSynonyms: Record<RosterFieldId, FieldVocabulary> = {
  employeeId: {
    headers: ['Employee ID', 'EmpID', 'EmployeeNumber', 'Employee Number', 'Employee No', 'Emp No', 'Staff ID', 'Staff No', 'Worker ID', 'Personnel Number', '工号', '员工编号', '员工工号', '职工编号', '人员编号', '员工ID'],
    weakHeaders: ['ID', '编号'],
    keywords: ['id', 'badge', 'code', 'number', 'no', '工号', '编号'],
  },
  name: {
    headers: ['Employee_Name', 'Name', 'Full Name', 'Employee Name', 'Emp Name', 'Staff Name', '姓名', '员工姓名', '名字'],
    weakHeaders: [],
    keywords: ['name', '姓名'],
  },
  department: {
    headers: ['Department', 'Dept', 'Department Name', 'Dept Name', 'Sub Unit', 'Subunit', '部门', '主部门', '所属部门', '部门名称'],
    weakHeaders: ['Division', 'Business Unit', 'Org Unit', 'Organization', 'Team', '事业部', '组织', '团队'],
    keywords: ['department', 'dept', 'division', '部门'],
  },
  jobTitle: {
    headers: ['Job Title', 'JobTitle', 'Position', 'Position Title', 'JobRole', 'Designation', '职位', '岗位', '职务', '岗位名称', '职位名称'],
    weakHeaders: ['Title', 'Role', 'Job'],
    keywords: ['title', 'position', 'role', 'designation', '职位', '岗位', '职务'],
  },
  jobLevel: {
    headers: ['JobLevel', 'Level', 'Grade', 'Job Grade', 'Pay Grade', 'Salary Grade', '职级', '级别', '职等', '职位等级'],
    weakHeaders: ['Band', '层级'],
    keywords: ['level', 'grade', '职级', '级别'],
  },
  managerId: {
    headers: ['ManagerID', 'Supervisor ID', 'Reports To ID', 'Manager Employee ID', '上级工号', '直属上级工号', '经理工号'],
    weakHeaders: [],
    keywords: [],
  },
  managerName: {
    headers: ['ManagerName', 'Manager', 'Supervisor', 'Supervisor Name', 'Line Manager', 'Direct Manager', 'Reports To', '直属上级', '直接上级', '直线经理', '上级姓名', '汇报对象'],
    weakHeaders: ['上级'],
    keywords: ['manager', 'supervisor', '上级'],
  },
  employmentStatus: {
    headers: ['EmploymentStatus', 'Employee Status', 'Emp Status', '员工状态', '在职状态', '人员状态', '任职状态'],
    weakHeaders: ['Status', '状态'],
    keywords: ['status', '状态'],
  },
  hireDate: {
    headers: ['Hire Date', 'DateofHire', 'Date of Joining', 'Joining Date', 'Join Date', 'Original Hire Date', 'Hired On', 'Employment Date', '入职日期', '入职时间', '到岗日期', '入司日期'],
    weakHeaders: ['Start Date'],
    keywords: ['hire', 'hired', 'join', 'joined', 'joining', 'start', '入职'],
  },
  terminationDate: {
    headers: ['DateofTermination', 'Termination Date', 'termdate', 'Exit Date', 'Leaving Date', 'Separation Date', 'Last Working Day', '离职日期', '离职时间', '离职生效日期', '最后工作日'],
    weakHeaders: ['End Date'],
    keywords: ['termination', 'term', 'terminated', 'exit', 'leaving', 'separation', '离职'],
  },
  terminationReason: {
    headers: ['TermReason', 'Termination Reason', 'Reason for Leaving', 'Exit Reason', 'Leaving Reason', 'Separation Reason', '离职原因'],
    weakHeaders: [],
    keywords: ['reason', '原因'],
  },
  voluntary: {
    headers: ['Voluntary', 'Voluntary Termination', 'Termination Type', 'Separation Type', 'Exit Type', '主动离职', '是否主动离职', '离职类型'],
    weakHeaders: [],
    keywords: ['voluntary', '主动'],
  },
  leaver: {
    headers: ['Attrition', 'Termd', 'Terminated', 'Left', 'Leaver', 'Has Left', 'Churn', '是否离职', '已离职'],
    weakHeaders: ['离职'],
    keywords: ['attrition', 'leaver', 'churn'],
  },
  salary: {
    headers: ['Salary', 'MonthlyIncome', 'Base Pay', 'Base Salary', 'Annual Salary', 'Monthly Salary', 'Wage', '月薪', '薪资', '基本工资', '工资', '基本薪资', '年薪', '月工资'],
    weakHeaders: ['Pay', 'Compensation', '薪酬'],
    keywords: ['salary', 'pay', 'income', 'wage', '薪', '工资'],
  },
  marketMidpoint: {
    headers: ['Market Midpoint', 'Band Midpoint', 'Range Midpoint', 'Salary Midpoint', 'Market Median', 'Market P50', '市场中位值', '薪级中点', '市场中位数', '薪酬中位值'],
    weakHeaders: ['Midpoint', '中位值'],
    keywords: ['midpoint', 'market', '中位', '中点'],
  },
  performanceRating: {
    headers: ['PerformanceRating', 'PerformanceScore', 'Performance', 'Perf Rating', 'Appraisal Rating', '绩效', '绩效等级', '绩效评级', '绩效结果', '考核结果', '考核等级'],
    weakHeaders: ['Rating'],
    keywords: ['performance', 'rating', 'perf', 'appraisal', '绩效', '考核'],
  },
  gender: {
    headers: ['Gender', 'Sex', '性别'],
    weakHeaders: [],
    keywords: ['gender', 'sex', '性别'],
  },
  birthDate: {
    headers: ['DOB', 'Birth Date', 'birthdate', 'Date of Birth', 'Birthday', '出生日期', '生日', '出生年月'],
    weakHeaders: [],
    keywords: ['birth', 'dob', 'born', '出生'],
  },
  age: {
    headers: ['Age', '年龄'],
    weakHeaders: [],
    keywords: ['age', '年龄'],
  },
  location: {
    headers: ['Location', 'Work Location', 'Office Location', '工作地点', '办公地点', '工作城市'],
    weakHeaders: ['State', 'City', 'Site', 'Office', 'Region', 'Country', '城市', '地点', '地区'],
    keywords: ['location', 'city', 'site', 'office', '地点', '城市'],
  },
  recruitmentSource: {
    headers: ['RecruitmentSource', 'Recruiting Source', 'Hire Source', 'Source of Hire', '招聘渠道', '来源渠道', '入职渠道'],
    weakHeaders: ['Source', 'Channel', '渠道'],
    keywords: ['source', 'channel', '渠道'],
  },
  tenureYears: {
    headers: ['YearsAtCompany', 'Tenure', 'Tenure Years', 'Years of Service', 'Service Years', 'Length of Service', '司龄', '在职年限'],
    weakHeaders: [],
    keywords: ['tenure', '司龄'],
  },
};
