import type { WorkerFailure, WorkerReplies, WorkerRequest } from './analysis-protocol.ts';

/** A failure from the worker, carried to the pane's error bar. */
export class AnalysisError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(failure.detail);
  }
}

/** Typed calls into the analysis worker: one promise per request, matched by id. */
export interface AnalysisClient {
  call<T extends WorkerRequest['type']>(request: Extract<WorkerRequest, { type: T }>, transfer?: Transferable[]): Promise<WorkerReplies[T]>;
}

/**
 * Start the analysis worker (parse, analyse, propose, snapshot, render run there, so the pane never freezes).
 * @example await createAnalysisClient().call({ type: 'load-file', bytes, fileName: 'roster.csv' })
 */
export function createAnalysisClient(): AnalysisClient {
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<{ id: number; reply?: unknown; failure?: WorkerFailure }>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.failure) entry?.reject(new AnalysisError(event.data.failure));
    else entry?.resolve(event.data.reply as never);
  };
  return {
    call(request, transfer = []) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, request }, transfer);
      });
    },
  };
}
