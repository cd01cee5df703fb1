import { z } from 'zod';
import type { FieldMap } from '../../core/table/dataset.ts';
import { sourceKey, type WorkbookSource } from './workbook-source.ts';

/** A stored mapping is data from the file: anything but field → header text is ignored, never trusted. */
const storedFieldMap = z.record(z.string(), z.string());

/**
 * The field mapping the user confirmed for a source, from the workbook's settings (saved with the file), or null when there
 * is none or it is not a mapping.
 * @example await loadFieldMap(rosterTable) // { hireDate: 'Joined', … }
 */
export async function loadFieldMap(source: Pick<WorkbookSource, 'kind' | 'name' | 'sheet' | 'address'>): Promise<FieldMap | null> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(sourceKey(source));
    setting.load('value');
    await context.sync();
    if (setting.isNullObject) return null;
    const parsed = storedFieldMap.safeParse(typeof setting.value === 'string' ? safeJson(setting.value) : setting.value);
    return parsed.success ? (parsed.data as FieldMap) : null;
  });
}

/**
 * Remember a source's confirmed field mapping in the workbook's settings, so the next session proposes it again.
 * @example await saveFieldMap(rosterTable, { hireDate: 'Joined' })
 */
export async function saveFieldMap(source: Pick<WorkbookSource, 'kind' | 'name' | 'sheet' | 'address'>, fieldMap: FieldMap): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(sourceKey(source), JSON.stringify(fieldMap));
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
