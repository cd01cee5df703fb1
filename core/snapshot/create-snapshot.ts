import { z } from 'zod';
import type { Finding } from '../findings/finding.ts';
import type { Lang } from '../i18n/index.ts';
import type { Assumptions } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import type { ChartSpec, PeopleCaseDocument } from '../proposal/document.ts';
import type { Dataset } from '../table/dataset.ts';
import type { Provenance } from '../table/raw-table.ts';
import { fingerprintDataset } from './fingerprint-dataset.ts';
import { identifierFields } from './identifier-fields.ts';
import { identifierValues } from './identifier-values.ts';
import { redactIdentifiers } from './redact-identifiers.ts';
import { snapshotSchema, snapshotSchemaVersion, type Snapshot } from './snapshot-schema.ts';

/** Everything a snapshot records; datasets are fingerprinted and their field maps kept, their rows never. */
export interface SnapshotContent {
  lang: Lang;
  scope: string | null;
  datasets: readonly Dataset[];
  assumptions: Assumptions;
  evidence: readonly Evidence[];
  findings: readonly Finding[];
  documents: readonly PeopleCaseDocument[];
  /** Charts shown outside the documents, e.g. the pane's evidence cards. */
  charts?: readonly ChartSpec[];
  /** Keep names and ids as they are; off by default (DESIGN.md §6), an explicit choice of the user. */
  includeIdentifiers?: boolean;
  /** The moment recorded as createdAt; now when absent. */
  now?: Date;
}

/** Where a table came from, in words that carry no personal data: a page's host only, since its path or query may hold an employee id. */
function sourceName(provenance: Provenance): string {
  if (provenance.kind === 'page') return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]*)/i.exec(provenance.url ?? '')?.[1] || 'page';
  const place = provenance.range ?? provenance.sheet;
  if (provenance.fileName) return place ? `${provenance.fileName} (${place})` : provenance.fileName;
  return place ?? provenance.kind;
}

/**
 * A validated snapshot of a proposal: input fingerprints, field maps, assumptions, evidence, findings, documents and charts.
 * Unless `includeIdentifiers` is set, names and ids are left out, enforced twice: before validation every segment cut by an
 * identifier field (employee id, name, manager) and every text equal to a name or id in the datasets is replaced by a
 * pseudonym everywhere it occurs (redactIdentifiers), and the schema then rejects any identifier segment that is not one.
 * Throws with zod's explanation when the content does not fit the schema (a bug in what built it).
 * @example createSnapshot({ lang: 'en', scope: 'R&D', datasets: [roster], assumptions: defaultAssumptions, evidence, findings, documents: [proposal] }).identifiers // 'excluded'
 */
export function createSnapshot(content: SnapshotContent): Snapshot {
  const fieldMap: Snapshot['fieldMap'] = {};
  for (const dataset of content.datasets) fieldMap[dataset.role] = { ...fieldMap[dataset.role], ...(dataset.fieldMap as Record<string, string>) };
  const recorded = {
    scope: content.scope,
    evidence: content.evidence,
    findings: content.findings,
    documents: content.documents,
    charts: content.charts ?? [],
  };
  const identifierHeaders = content.datasets.flatMap((dataset) => identifierFields.flatMap((field) => dataset.fieldMap[field] ?? []));
  const rules = { fields: new Set<string>([...identifierFields, ...identifierHeaders]), values: identifierValues(content.datasets) };
  const result = snapshotSchema.safeParse({
    schemaVersion: snapshotSchemaVersion,
    createdAt: (content.now ?? new Date()).toISOString(),
    lang: content.lang,
    identifiers: content.includeIdentifiers ? 'included' : 'excluded',
    inputs: content.datasets.map((dataset) => ({ role: dataset.role, source: sourceName(dataset.provenance), rows: dataset.rowCount, fingerprint: fingerprintDataset(dataset) })),
    fieldMap,
    assumptions: content.assumptions,
    ...(content.includeIdentifiers ? recorded : redactIdentifiers(recorded, rules)),
  });
  if (!result.success) throw new Error(`createSnapshot: the content does not fit the snapshot schema: ${z.prettifyError(result.error)}`);
  return result.data;
}
