import type { RenderedFile } from '../core/render/index.ts';

/**
 * Save a file the pane or the panel made through the browser's download (a blob URL: nothing leaves the device); the URL is
 * released after the click has used it.
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
