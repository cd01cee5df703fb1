import { detectRole } from '../../../core/table/detect-role.ts';
import { readTableFile } from '../../../core/table/read-table-file.ts';
import { todayDay } from '../../../core/table/day.ts';
import { panelCase, roleOf, type BaselineTable, type PanelCase, type RoledTable } from './panel-case.ts';
import type { PanelReplies, PanelRequest } from './panel-protocol.ts';
import { takeSnapshot } from './snapshot-files.ts';

// The page's table, the baselines and the last case live here, so a 5,000-row grid is analysed without freezing the panel.
let page: RoledTable | null = null;
const baselines = new Map<string, BaselineTable>();
let kept: PanelCase | null = null;

/** One request against the worker's tables; analyse and snapshot need a page first. */
async function handle(request: PanelRequest): Promise<PanelReplies[PanelRequest['type']]> {
  switch (request.type) {
    case 'page': {
      page = { raw: request.raw, role: roleOf(detectRole(request.raw)) };
      kept = null;
      return page.role;
    }
    case 'baseline': {
      const raw = await readTableFile(new Uint8Array(request.bytes), request.name);
      const baseline = { id: request.id, name: request.name, raw, role: roleOf(detectRole(raw)) };
      baselines.set(request.id, baseline);
      return { rows: raw.rowCount, role: baseline.role };
    }
    case 'drop-baseline':
      baselines.delete(request.id);
      return null;
    case 'analyze': {
      if (!page) throw new Error('No page table was read');
      page = { ...page, role: request.role ?? page.role };
      const now = new Date();
      const result = panelCase(page, [...baselines.values()], { asOf: todayDay(now), overrides: request.overrides, compareWith: request.compareWith, lang: request.lang, assumptions: request.assumptions, now });
      kept = result.kept;
      return result.view;
    }
    case 'snapshot':
      if (!kept) throw new Error('Nothing is analysed yet');
      return takeSnapshot({ lang: request.lang, page: request.page, kept, includeIdentifiers: request.includeIdentifiers, now: new Date() });
  }
}

/** Answer one request, reporting a failure as its message. */
async function answer(id: number, request: PanelRequest): Promise<void> {
  try {
    self.postMessage({ id, reply: await handle(request) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

// Requests run one after another in arrival order, so an analysis never starts before a baseline sent earlier is read.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<{ id: number; request: PanelRequest }>) => {
  const { id, request } = event.data;
  queue = queue.then(() => answer(id, request));
};
