import { z } from 'zod';
import type { FieldMap } from '../../core/table/dataset.ts';
import type { TableRole } from '../../core/table/fields.ts';
import { roleVocabularies } from '../../core/table/role-fields.ts';
import { sourceKey, type WorkbookSource } from './workbook-source.ts';

/** What the user confirmed for a source: which kind of table it is and which column is which field. */
export interface SourceMapping {
  role: TableRole;
  fieldMap: FieldMap;
}

/** A stored mapping is data from the file: anything but a known role and field → header text is ignored, never trusted. */
const storedMapping = z.object({
  role: z.enum(Object.keys(roleVocabularies) as [TableRole, ...TableRole[]]),
  fieldMap: z.record(z.string(), z.string()),
});

type SourceId = Pick<WorkbookSource, 'kind' | 'name' | 'sheet' | 'address'>;

/**
 * The role and field mapping the user confirmed for a source, from the workbook's settings (saved with the file), or null when
 * there is none or it is not a mapping.
 * @example await loadSourceMapping(rosterTable) // { role: 'roster', fieldMap: { hireDate: 'Joined', … } }
 */
export async function loadSourceMapping(source: SourceId): Promise<SourceMapping | null> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(sourceKey(source));
    setting.load('value');
    await context.sync();
    if (setting.isNullObject) return null;
    const parsed = storedMapping.safeParse(typeof setting.value === 'string' ? safeJson(setting.value) : setting.value);
    return parsed.success ? { role: parsed.data.role, fieldMap: parsed.data.fieldMap as FieldMap } : null;
  });
}

/**
 * Remember a source's confirmed role and field mapping in the workbook's settings, so the next session proposes them again.
 * @example await saveSourceMapping(rosterTable, { role: 'roster', fieldMap: { hireDate: 'Joined' } })
 */
export async function saveSourceMapping(source: SourceId, mapping: SourceMapping): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(sourceKey(source), JSON.stringify(mapping));
    await context.sync();
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
