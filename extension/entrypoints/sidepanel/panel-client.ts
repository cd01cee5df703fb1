import type { PanelReplies, PanelRequest } from './panel-protocol.ts';

/** Typed calls into the panel's analysis worker: one promise per request, matched by id. */
export interface PanelClient {
  call<T extends PanelRequest['type']>(request: Extract<PanelRequest, { type: T }>, transfer?: Transferable[]): Promise<PanelReplies[T]>;
}

/**
 * Start the panel's analysis worker (reading baselines, the case, documents and snapshots run there, so the panel never freezes).
 * @example await createPanelClient().call({ type: 'page', raw })
 */
export function createPanelClient(): PanelClient {
  const worker = new Worker(new URL('./panel-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<{ id: number; reply?: unknown; error?: string }>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.error !== undefined) entry?.reject(new Error(event.data.error));
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
