export type TBackgroundTasks = {
  /**
   * Runs `task` after the current request has been answered (setImmediate): neither its outcome
   * nor its time reaches the response. A failure goes to the log.
   */
  run(task: () => Promise<void>): void;
  /** Resolves once every task started so far has finished. */
  settled(): Promise<void>;
};

/** Work a request starts but does not wait for (a password reset email), kept so close() can wait. */
export function createBackgroundTasks(log: (error: unknown) => void): TBackgroundTasks {
  const pending = new Set<Promise<void>>();
  return {
    run(task) {
      const done: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(task)
        .catch(log)
        .finally(() => pending.delete(done));
      pending.add(done);
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
