import { createWorkerClient, type WorkerClient } from '../../ui/worker-client.ts';
import type { WorkerFailure, WorkerReplies, WorkerRequest } from './analysis-protocol.ts';

/** A failure from the worker, carried to the pane's error bar. */
export class AnalysisError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(failure.detail);
  }
}

/** Typed calls into the analysis worker. */
export type AnalysisClient = WorkerClient<WorkerRequest, WorkerReplies>;

/**
 * Start the analysis worker (parse, analyse, propose, snapshot, render run there, so the pane never freezes).
 * @example await createAnalysisClient().call({ type: 'load-file', bytes, fileName: 'roster.csv' })
 */
export function createAnalysisClient(): AnalysisClient {
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  return createWorkerClient<WorkerRequest, WorkerReplies>(worker, (message) => (message.failure ? new AnalysisError(message.failure as WorkerFailure) : null));
}
