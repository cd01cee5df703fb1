import { snapshotNamespace, snapshotXml, jsonFromSnapshotXml } from './snapshot-xml.ts';

/** A snapshot stored in the workbook: the part's id (to delete it) and its JSON, validated by the caller with parseSnapshot. */
export interface StoredSnapshot {
  id: string;
  json: string;
}

/**
 * Store a snapshot's JSON in the workbook as a custom XML part, so it travels with the file and is invisible in the grid.
 * @example await addSnapshotPart(JSON.stringify(snapshot)) // 'part id'
 */
export async function addSnapshotPart(json: string): Promise<string> {
  return Excel.run(async (context) => {
    const part = context.workbook.customXmlParts.add(snapshotXml(json));
    part.load('id');
    await context.sync();
    return part.id;
  });
}

/**
 * Every PeopleCase snapshot part in the workbook, in two syncs (the parts, then all their XML at once); parts in the
 * namespace whose XML is not a snapshot element are skipped.
 * @example (await listSnapshotParts()).length // 2
 */
export async function listSnapshotParts(): Promise<StoredSnapshot[]> {
  return Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(snapshotNamespace);
    parts.load('items/id');
    await context.sync();
    const xml = parts.items.map((part) => ({ id: part.id, xml: part.getXml() }));
    await context.sync();
    return xml.flatMap(({ id, xml: text }) => {
      const json = jsonFromSnapshotXml(text.value);
      return json === null ? [] : [{ id, json }];
    });
  });
}

/**
 * Remove one snapshot part from the workbook.
 * @example await deleteSnapshotPart(id)
 */
export async function deleteSnapshotPart(id: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.customXmlParts.getItem(id).delete();
    await context.sync();
  });
}
