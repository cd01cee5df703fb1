import type { Lang } from '../../../core/i18n/index.ts';
import type { Assumptions } from '../../../core/impact/assumptions.ts';
import type { FieldMap } from '../../../core/table/dataset.ts';
import type { TableRole } from '../../../core/table/fields.ts';
import type { RawTable } from '../../../core/table/raw-table.ts';
import type { StoredSnapshot } from '../../platform/panel-db.ts';
import type { PanelView } from './panel-case.ts';

/** Requests the panel sends to its analysis worker, each answered once; the rows stay in the worker after they are sent. */
export type PanelRequest =
  | { type: 'page'; raw: RawTable }
  | { type: 'baseline'; id: string; name: string; bytes: ArrayBuffer }
  | { type: 'drop-baseline'; id: string }
  | { type: 'analyze'; role: TableRole | null; overrides: FieldMap | null; compareWith: string | null; lang: Lang; assumptions: Assumptions }
  | { type: 'snapshot'; lang: Lang; includeIdentifiers: boolean; page: { url: string; adapterName: string; rows: number } };

/** The answer type of each request: the page's detected role, a baseline's rows and role, the panel's view, a snapshot to store. */
export interface PanelReplies {
  page: TableRole;
  baseline: { rows: number; role: TableRole };
  'drop-baseline': null;
  analyze: PanelView;
  snapshot: StoredSnapshot;
}
