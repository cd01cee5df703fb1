import { createWorkerClient, type WorkerClient } from '../../../ui/worker-client.ts';
import type { PanelReplies, PanelRequest } from './panel-protocol.ts';

/** Typed calls into the panel's analysis worker. */
export type PanelClient = WorkerClient<PanelRequest, PanelReplies>;

/**
 * Start the panel's analysis worker (reading baselines, the case, documents and snapshots run there, so the panel never freezes).
 * @example await createPanelClient().call({ type: 'page', raw })
 */
export function createPanelClient(): PanelClient {
  const worker = new Worker(new URL('./panel-worker.ts', import.meta.url), { type: 'module' });
  return createWorkerClient<PanelRequest, PanelReplies>(worker, (message) => (message.error !== undefined ? new Error(String(message.error)) : null));
}
