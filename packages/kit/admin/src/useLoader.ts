import * as React from 'react';

import { errorMessage, isAbort } from './api';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  isLoading: boolean;
  /** Load again (after a change), keeping the current data on screen meanwhile. */
  reload: () => void;
  /** Replace the data with an answer got otherwise (e.g. the view an action answered with). */
  setData: (value: T) => void;
}

/**
 * Load data when `deps` change; the answer of a superseded request is dropped. While `enabled` is
 * false nothing is loaded (and nothing shows as loading).
 */
export const useLoader = <T>(load: (signal: AbortSignal) => Promise<T>, deps: React.DependencyList, enabled = true): Loaded<T> => {
  const [data, setData] = React.useState<T>();
  const [error, setError] = React.useState<string | null>(null);
  const [isLoading, setIsLoading] = React.useState(enabled);
  const [round, setRound] = React.useState(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;

  React.useEffect(() => {
    if (!enabled) {
      setIsLoading(false);
      return undefined;
    }
    const controller = new AbortController();
    setIsLoading(true);
    loadRef
      .current(controller.signal)
      .then((value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted || isAbort(e)) return;
        setError(errorMessage(e) ?? String(e));
      })
      .finally(() => {
        if (!controller.signal.aborted) setIsLoading(false);
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round, enabled]);

  const reload = React.useCallback(() => setRound((n) => n + 1), []);
  const replace = React.useCallback((value: T) => {
    setData(value);
    setError(null);
  }, []);
  return { data, error, isLoading, reload, setData: replace };
};
