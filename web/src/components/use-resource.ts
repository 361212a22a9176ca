import { useCallback, useEffect, useRef, useState } from 'react';

export type TResource<T> = {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  /** Loads again; with `quiet`, keeps showing the current data and error until the answer comes. */
  reload: (options?: { quiet?: boolean }) => Promise<void>;
  setData: (data: T) => void;
};

/** Loads something once per change of `key` (what it loads, e.g. the job id), ignoring answers that arrive after a newer load. */
export function useResource<T>(load: () => Promise<T>, key: string): TResource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [isLoading, setIsLoading] = useState(true);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async (options: { quiet?: boolean } = {}) => {
    const current = ++generation.current;
    if (!options.quiet) setIsLoading(true);
    try {
      const value = await loadRef.current();
      if (current !== generation.current) return;
      setData(value);
      setError(undefined);
    } catch (caught) {
      if (current !== generation.current) return;
      // A failed background refresh keeps the page as it was; a first load shows the error.
      if (!options.quiet) setError(caught);
    } finally {
      if (current === generation.current) setIsLoading(false);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` loads; a new key loads again.
  useEffect(() => {
    setData(undefined);
    void reload();
    return () => {
      generation.current++;
    };
  }, [key, reload]);

  return { data, error, isLoading, reload, setData };
}

/** Calls `tick` every `intervalMs` while `isActive` and the tab is visible, and once when it becomes visible. */
export function usePolling(tick: () => void, intervalMs: number, isActive: boolean): void {
  const tickRef = useRef(tick);
  tickRef.current = tick;
  useEffect(() => {
    if (!isActive) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') tickRef.current();
    }, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') tickRef.current();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [intervalMs, isActive]);
}

/** Sets the tab's title while a page is shown. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Candor` : 'Candor';
  }, [title]);
}
