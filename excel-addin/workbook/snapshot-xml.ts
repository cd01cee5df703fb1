/** Namespace of the custom XML parts holding PeopleCase snapshots inside the workbook. */
export const snapshotNamespace = 'urn:peoplecase:snapshot:1';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * A snapshot's JSON as a custom XML part's text: one element in PeopleCase's namespace with the JSON escaped as text.
 * @example snapshotXml('{"a":"<b>"}') // '<snapshot xmlns="urn:peoplecase:snapshot:1">{"a":"&lt;b&gt;"}</snapshot>'
 */
export function snapshotXml(json: string): string {
  return `<snapshot xmlns="${snapshotNamespace}">${json.replace(/[&<>]/g, (char) => escapes[char])}</snapshot>`;
}

/**
 * The JSON inside a part written by snapshotXml (whatever XML declaration Excel adds), or null for any other XML.
 * @example jsonFromSnapshotXml(snapshotXml('{}')) // '{}'
 */
export function jsonFromSnapshotXml(xml: string): string | null {
  const match = /<snapshot xmlns="urn:peoplecase:snapshot:1">([\s\S]*)<\/snapshot>\s*$/.exec(xml);
  return match ? match[1].replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name]!) : null;
}
