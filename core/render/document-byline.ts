import { formatDate, t } from '../i18n/index.ts';
import type { PeopleCaseDocument } from '../proposal/document.ts';

/**
 * The line under a document's title: who it is for and when it was prepared (`R&D · Prepared Mar 1, 2024`), so a printed
 * page says its scope and date without the reader opening the appendix.
 * @example documentByline({ lang: 'zh-CN', scope: null, createdAt: '2024-03-01T08:00:00Z' }) // '全公司 · 编制日期：2024年3月1日'
 */
export function documentByline(doc: Pick<PeopleCaseDocument, 'lang' | 'scope' | 'createdAt'>): string {
  const scope = doc.scope ?? t(doc.lang, 'render.scope.company');
  return `${scope} · ${t(doc.lang, 'render.prepared', { date: formatDate(doc.lang, doc.createdAt.slice(0, 10)) })}`;
}
