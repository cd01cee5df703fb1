/** Typed calls into a worker: one promise per request, matched by id, so parsing and analysis never freeze the UI. */
export interface WorkerClient<Request extends { type: string }, Replies extends Record<Request['type'], unknown>> {
  call<T extends Request['type']>(request: Extract<Request, { type: T }>, transfer?: Transferable[]): Promise<Replies[T]>;
}

/** What a worker posts back: the request's id and either its reply or the worker's own failure shape. */
export type WorkerMessage = { id: number; reply?: unknown } & Record<string, unknown>;

/**
 * A WorkerClient over a started worker (the host starts it, so its bundler sees the worker's URL); `failureOf` turns a
 * message into the host's error, or null for a reply.
 * @example createWorkerClient<Req, Replies>(new Worker(url, { type: 'module' }), (m) => (m.error ? new Error(String(m.error)) : null))
 */
export function createWorkerClient<Request extends { type: string }, Replies extends Record<Request['type'], unknown>>(
  worker: Worker,
  failureOf: (message: WorkerMessage) => Error | null,
): WorkerClient<Request, Replies> {
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    const failure = failureOf(event.data);
    if (failure) entry?.reject(failure);
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
