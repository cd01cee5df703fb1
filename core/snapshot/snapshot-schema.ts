import { z } from 'zod';
import { findingSchema } from '../findings/finding.ts';
import { assumptionsSchema } from '../impact/assumptions.ts';
import { evidenceSchema } from '../metrics/evidence.ts';
import { chartSpecSchema, documentSchema } from '../proposal/document.ts';
import type { TableRole } from '../table/fields.ts';
import { identifierFields } from './identifier-fields.ts';
import { isPseudonym } from './pseudonym.ts';

/** The schema version this build writes; reading an older one goes through core/snapshot/migrations. */
export const snapshotSchemaVersion = 2;

/** Every table role, as a record so the compiler flags a role added to TableRole but not here. */
const tableRoles: Record<TableRole, true> = { roster: true, requisitions: true, candidates: true, training: true, goals: true, business: true, approvals: true };
const tableRoleSchema = z.enum(Object.keys(tableRoles) as [TableRole, ...TableRole[]]);

/** One input table as the snapshot remembers it: enough to recognise the same data again, never its rows. */
export const snapshotInputSchema = z.object({
  role: tableRoleSchema,
  /** File name, workbook range or page host the table was read from (never a page path, which may hold an employee id). */
  source: z.string(),
  rows: z.number().int().nonnegative(),
  /** SHA-256 of the normalised dataset (fingerprintDataset). */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex'),
});

/**
 * An immutable record of a proposal (DESIGN.md §2): what went in (fingerprints, field maps, assumptions), what came out
 * (evidence, findings, documents, charts), in which language and when. With `identifiers: 'excluded'` (the default) no
 * segment cut by an identifier field may hold anything but a pseudonym: a file breaking that rule is rejected.
 */
export const snapshotSchema = z
  .object({
    schemaVersion: z.literal(snapshotSchemaVersion),
    createdAt: z.iso.datetime({ offset: true }),
    lang: z.enum(['en', 'zh-CN']),
    /** Department the snapshot is about, or null for the whole company. */
    scope: z.string().nullable(),
    identifiers: z.enum(['excluded', 'included']),
    inputs: z.array(snapshotInputSchema),
    /** Per table role: canonical field → source header. */
    fieldMap: z.partialRecord(tableRoleSchema, z.record(z.string(), z.string())),
    assumptions: assumptionsSchema,
    evidence: z.array(evidenceSchema),
    findings: z.array(findingSchema),
    documents: z.array(documentSchema),
    /** Charts shown outside the documents (the pane's evidence cards); each document carries its own charts. */
    charts: z.array(chartSpecSchema),
  })
  .strict()
  .superRefine((snapshot, context) => {
    if (snapshot.identifiers === 'included') return;
    const fields = new Set<string>(identifierFields);
    for (const map of Object.values(snapshot.fieldMap)) for (const field of identifierFields) if (map?.[field]) fields.add(map[field]);
    const check = (segment: { field: string; value: string } | null, path: (string | number)[]): void => {
      if (segment && fields.has(segment.field) && !isPseudonym(segment.value)) {
        context.addIssue({ code: 'custom', path, message: `identifies a person (${segment.field}) in a snapshot that excludes identifiers` });
      }
    };
    snapshot.evidence.forEach((item, index) => check(item.segment, ['evidence', index, 'segment']));
    snapshot.findings.forEach((item, index) => check(item.segment, ['findings', index, 'segment']));
  });

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotInput = z.infer<typeof snapshotInputSchema>;
