import { readTableFile } from '../../core/table/read-table-file.ts';
import { PaneError, type WorkerFailure, type WorkerReplies, type WorkerRequest } from './analysis-protocol.ts';
import { createCaseSession } from './case-session.ts';

/** The case lives here, so megabytes of rows never cross back to the page. */
const session = createCaseSession();

/** A document as a file; the writers (docx, pptxgenjs) and chart.js load only when the user first exports. */
async function exportDocument(request: Extract<WorkerRequest, { type: 'export' }>): Promise<WorkerReplies['export']> {
  const [{ renderDocument }, { chartPngs }] = await Promise.all([import('../../core/render/index.ts'), import('../../ui/chart-pngs.ts')]);
  const chartImages = request.format === 'html' || request.format === 'docx' ? await chartPngs(request.doc) : {};
  return renderDocument(request.doc, request.format, { chartImages });
}

async function handle(request: WorkerRequest): Promise<WorkerReplies[WorkerRequest['type']]> {
  const now = new Date();
  switch (request.type) {
    case 'load-file':
      return session.addFile(await readTableFile(new Uint8Array(request.bytes), request.fileName, { sheet: request.sheet }));
    case 'load-raw':
      return session.addRaw(request.raw, request.label);
    case 'drop':
      session.drop(request.id);
      return null;
    case 'infer':
      return session.infer(request.id, request.role, request.remembered);
    case 'analyze':
      return session.analyze(request, now);
    case 'assume':
      return session.assume(request.assumptions, request.lang, now);
    case 'documents':
      return session.documents(request.scope, request.lang, now);
    case 'snapshot':
      return session.snapshot(request.scope, request.lang, request.documents, now);
    case 'parse-snapshots':
      return session.parseSnapshots(request.entries);
    case 'compare':
      return session.compare(request.before, request.after, request.lang, now);
    case 'export':
      return exportDocument(request);
  }
}

/** A thrown error as something the pane can translate: the pane's own refusals, read and snapshot errors by code, anything else its message. */
function failure(request: WorkerRequest, error: unknown): WorkerFailure {
  const { code, params, message, name } = error as { code?: string; params?: Record<string, string | number>; message?: string; name?: string };
  const kind = request.type === 'load-file' ? 'read' : name === 'SnapshotError' || request.type === 'compare' || request.type === 'parse-snapshots' ? 'storage' : 'analysis';
  if (error instanceof PaneError) return { kind, key: error.key, params: error.params, detail: error.message };
  const key = code ? (name === 'SnapshotError' ? `snapshot.error.${code}` : `readError.${code}`) : null;
  return { kind, key, params: params ?? {}, detail: message ?? String(error) };
}

self.onmessage = async (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, reply: await handle(request) });
  } catch (error) {
    self.postMessage({ id, failure: failure(request, error) });
  }
};
