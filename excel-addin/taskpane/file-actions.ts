import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import type { RenderedFile } from '../../core/render/index.ts';

/** `peoplecase-proposal-r-d.docx`: what the document is and whom it is for, safe as a file name on every system. */
export function exportFileName(doc: Pick<PeopleCaseDocument, 'kind' | 'scope'>, file: Pick<RenderedFile, 'extension'>): string {
  const scope = (doc.scope ?? 'company').normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'scope';
  return `peoplecase-${doc.kind}-${scope}.${file.extension}`;
}

/**
 * Save a file made in the pane through the browser's download (a blob URL: nothing leaves the device).
 * @example downloadFile(await client.call({ type: 'export', doc, format: 'docx' }), 'peoplecase-proposal-company.docx')
 */
export function downloadFile(file: Pick<RenderedFile, 'content' | 'mimeType'>, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.content as BlobPart], { type: file.mimeType }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/**
 * Put a summary on the clipboard as rich text with a plain-text twin, so it pastes formatted into mail and chat apps and as
 * text elsewhere.
 * @example await copyRichText(summaryForClipboard(proposal))
 */
export async function copyRichText(summary: { html: string; text: string }): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([summary.html], { type: 'text/html' }), 'text/plain': new Blob([summary.text], { type: 'text/plain' }) }),
  ]);
}
