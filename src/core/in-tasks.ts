/**
 * Work that would be one long task (checking 5,000 people) written as a
 * generator that yields between its parts, run either at once or a task
 * at a time, so the browser paints and answers input in between.
 */

/** Settles in a new task, after the browser has had a chance to paint and answer input. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Script time a task of staged work aims at: with the style and layout it causes, well inside a 50 ms task. */
export const TASK_BUDGET_MS = 16;

/** Runs every part now and returns the result. */
export function doneAtOnce<T>(parts: Iterator<unknown, T>): T {
  for (;;) {
    const part = parts.next();
    if (part.done) return part.value;
  }
}

/** Runs the parts from the next task on, as many per task as fit the budget. */
export async function inTasks<T>(parts: Iterator<unknown, T>): Promise<T> {
  for (;;) {
    await nextTask();
    const started = performance.now();
    do {
      const part = parts.next();
      if (part.done) return part.value;
    } while (performance.now() - started < TASK_BUDGET_MS);
  }
}
