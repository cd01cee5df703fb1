import { z } from 'zod';

/**
 * A number in generated text is never a literal: it is a reference to a Quantity, formatted by the renderer
 * for the reader's locale, so a test can check every number in a document against the evidence.
 */
export const quantityRefSchema = z.object({ ref: z.string() });

/** How a quantity is written. */
export const quantityFormatSchema = z.enum(['percent', 'number', 'integer', 'currency', 'days', 'years', 'ratio', 'date', 'p-value']);

/** A number the document may show, with where it comes from. */
export const quantitySchema = z.object({
  id: z.string(),
  value: z.union([z.number(), z.string()]),
  format: quantityFormatSchema,
  /** ISO currency for money. */
  currency: z.string().optional(),
  source: z.enum(['evidence', 'impact', 'assumption', 'target', 'derived']),
  /** Evidence ids the number is read or derived from. */
  evidenceIds: z.array(z.string()),
});

/** Inline content: literal words, or a reference to a quantity. */
export const inlineSchema = z.union([z.string(), quantityRefSchema]);

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), content: z.array(inlineSchema) }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(inlineSchema)) }),
  z.object({
    kind: z.literal('table'),
    header: z.array(z.string()),
    rows: z.array(z.array(z.array(inlineSchema))),
  }),
  /** A chart built from evidence ids; renderers turn `chartId` into an image or a native chart. */
  z.object({ kind: z.literal('chart'), chartId: z.string(), caption: z.array(inlineSchema) }),
]);

export const sectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  blocks: z.array(blockSchema),
});

/** Chart data as plain numbers keyed to evidence, so chart.js, PNG, DOCX and PPTX charts draw the same thing. */
export const chartSpecSchema = z.object({
  id: z.string(),
  type: z.enum(['bar', 'line']),
  title: z.string(),
  labels: z.array(z.string()),
  series: z.array(z.object({ label: z.string(), values: z.array(z.number().nullable()), evidenceIds: z.array(z.string()) })),
  format: quantityFormatSchema,
  /** ISO currency of the values when `format` is `currency`, so axes and data tables show money like the text does. */
  currency: z.string().optional(),
  /** A reference line such as the company average or a target. */
  reference: z.object({ label: z.string(), value: z.number() }).nullable(),
});

/** The kinds of document PeopleCase writes (DESIGN.md §5); `check` compares two snapshots, the Check step of the PDCA cycle. */
export const documentKindSchema = z.enum(['proposal', 'alignment-table', 'progress-brief', 'retrospective', 'cooperation-scorecard', 'check']);

/** A generated document in one language: sections of blocks, the quantities it shows, and its charts. */
export const documentSchema = z.object({
  kind: documentKindSchema,
  lang: z.enum(['en', 'zh-CN']),
  title: z.string(),
  /** Department the document is for, or null for the whole company. */
  scope: z.string().nullable(),
  createdAt: z.string(),
  sections: z.array(sectionSchema),
  quantities: z.record(z.string(), quantitySchema),
  charts: z.array(chartSpecSchema),
});

export type QuantityRef = z.infer<typeof quantityRefSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type QuantityFormat = z.infer<typeof quantityFormatSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type DocumentKind = z.infer<typeof documentKindSchema>;
export type PeopleCaseDocument = z.infer<typeof documentSchema>;
