import type { Assumptions } from '../impact/assumptions.ts';
import type { Finding, Impact } from '../findings/finding.ts';
import type { Lang } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';

/** A department's business goal as the goals table states it (issue "Proposals": department, goal, metric, target, deadline). */
export interface DepartmentGoal {
  department: string;
  /** The goal in the department's own words, e.g. "Ship the new platform by Q3". */
  goal: string;
  /** Metric id the goal is measured by when it is one PeopleCase computes, else the business metric's name, or null. */
  metric: string | null;
  target: number | null;
  /** ISO date. */
  deadline: string | null;
}

/** A table the evidence was computed from, named as the user knows it, with the fingerprint of its normalised content. */
export interface DataSource {
  label: string;
  rows: number;
  /** SHA-256 of the normalised dataset. */
  fingerprint: string;
}

/** Everything a document is built from; every document builder takes this same shape. */
export interface ProposalInput {
  lang: Lang;
  /** Department the document is for, or null for the whole company. */
  scope: string | null;
  evidence: readonly Evidence[];
  /** Ranked findings from the detectors. */
  findings: readonly Finding[];
  /** Impact estimates beyond those attached to findings. */
  impacts: readonly Impact[];
  assumptions: Assumptions;
  goals: readonly DepartmentGoal[];
  sources?: readonly DataSource[];
  /** The proposal date: targets and checkpoints are dated from it. */
  now: Date;
}
