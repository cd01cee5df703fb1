/** The hosting address written in excel-addin/manifest.xml, valid as it stands for `npm run start:excel`. */
export const defaultAddinUrl = 'https://localhost:3000';

/**
 * The manifest with every default hosting address replaced by `url` (PEOPLECASE_ADDIN_URL), so one source manifest serves
 * development and any deployment. Office only loads add-ins over https, so any other scheme throws.
 * @example manifestForUrl(xml, 'https://hr.example.com/peoplecase/') // SourceLocation → https://hr.example.com/peoplecase/index.html
 */
export function manifestForUrl(manifest: string, url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new Error(`PEOPLECASE_ADDIN_URL must be an https address (Office loads add-ins only over https), got ${url}`);
  const base = parsed.href.replace(/\/$/, '');
  return manifest.replaceAll(`${defaultAddinUrl}/`, `${base}/`).replaceAll(defaultAddinUrl, parsed.origin);
}
