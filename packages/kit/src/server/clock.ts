import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A plugin's clock (its `clock` service): everything that needs `now` asks it.
 * - Tests set it to a fixed instant (or move it) instead of waiting; production never sets it.
 * - `runAt(instant, fn)` runs `fn` as of a past instant without touching anyone else's clock: the
 *   demo seed records a few months of review history with it (src/demo). No route reaches it.
 */
export const createClock = () => {
  /** The instant `runAt` acts at, for the code it runs (and only that code). */
  const asOf = new AsyncLocalStorage<Date>();
  let fixed: Date | null = null;
  return {
    now: (): Date => {
      const scoped = asOf.getStore();
      if (scoped) return new Date(scoped.getTime());
      return fixed ? new Date(fixed.getTime()) : new Date();
    },
    /** Inside `runAt`: recording the past, when nobody is to be notified any more. */
    inPast: (): boolean => asOf.getStore() !== undefined,
    set(instant: Date | null): void {
      fixed = instant ? new Date(instant.getTime()) : null;
    },
    runAt<T>(instant: Date, fn: () => Promise<T>): Promise<T> {
      if (Number.isNaN(instant.getTime())) throw new RangeError('clock.runAt: invalid instant / 无效的时间');
      return asOf.run(new Date(instant.getTime()), fn);
    },
  };
};

export type Clock = ReturnType<typeof createClock>;

/** The `clock` service factory of a plugin. */
export const clockService = (): Clock => createClock();
