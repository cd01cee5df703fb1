import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { manifestForUrl } from './build/manifest-for-url.ts';

const schemaDir = new URL('./manifest-schemas/', import.meta.url);
const schemaFiles = ['OfficeAppBasicTypesV1_0.xsd', 'MailAppVersionOverridesV1_0.xsd', 'MailAppVersionOverridesV1_1.xsd', 'TaskPaneAppVersionOverridesV1_0.xsd', 'ContentAppVersionOverridesV1_0.xsd'];

/** Validate manifest text offline against the Office XSDs (the online validator cannot be reached). */
async function validateManifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const main = await readFile(new URL('OfficeAppManifestV1_1.xsd', schemaDir), 'utf8');
  const preload = await Promise.all(schemaFiles.map(async (fileName) => ({ fileName, contents: await readFile(new URL(fileName, schemaDir), 'utf8') })));
  const result = await validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [main], preload });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

describe('excel-addin/manifest.xml', () => {
  it('is valid against the Office add-in manifest schemas', async () => {
    const xml = await readFile(new URL('./manifest.xml', import.meta.url), 'utf8');
    expect(await validateManifest(xml)).toEqual({ valid: true, errors: [] });
  });

  it('stays valid with the hosting URL replaced, and keeps no trace of the default', async () => {
    const xml = manifestForUrl(await readFile(new URL('./manifest.xml', import.meta.url), 'utf8'), 'https://hr.example.com/peoplecase/');
    expect(await validateManifest(xml)).toEqual({ valid: true, errors: [] });
    expect(xml).not.toContain('localhost:3000');
    expect(xml).toContain('<SourceLocation DefaultValue="https://hr.example.com/peoplecase/index.html"/>');
  });

  it('puts a PeopleCase button on the Home tab that opens the task pane', async () => {
    const xml = await readFile(new URL('./manifest.xml', import.meta.url), 'utf8');
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<bt:String id="PeopleCase.Button.Label" DefaultValue="PeopleCase">/);
  });

  it('refuses a hosting URL that is not https', () => {
    expect(() => manifestForUrl('<x/>', 'http://intranet/peoplecase')).toThrow(/https/);
  });
});
