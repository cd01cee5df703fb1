import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import type { RenderedFile } from '../../core/render/index.ts';

/** `peoplecase-proposal-r-d.docx`: what the document is and whom it is for, safe as a file name on every system. */
export function exportFileName(doc: Pick<PeopleCaseDocument, 'kind' | 'scope'>, file: Pick<RenderedFile, 'extension'>): string {
  const scope = (doc.scope ?? 'company').normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'scope';
  return `peoplecase-${doc.kind}-${scope}.${file.extension}`;
}
