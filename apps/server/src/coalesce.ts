/**
 * In-flight coalescing: callers asking for the same key while a task for it runs share its
 * result instead of starting another upstream call.
 */

export interface Coalesced<T> {
  value: T;
  /** Whether this caller started the task (the others only waited for it). */
  leader: boolean;
}

export interface Coalescer<T> {
  run(key: string, task: () => Promise<T>): Promise<Coalesced<T>>;
  readonly pending: number;
}

/**
 * @example const { value, leader } = await createCoalescer<Rows>().run(key, () => fetchRows());
 */
export function createCoalescer<T>(): Coalescer<T> {
  const inFlight = new Map<string, Promise<T>>();
  return {
    async run(key, task) {
      const running = inFlight.get(key);
      if (running) return { value: await running, leader: false };
      const promise = task().finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return { value: await promise, leader: true };
    },
    get pending() {
      return inFlight.size;
    },
  };
}
