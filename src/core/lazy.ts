/**
 * A module (or data) fetched the first time it is needed, with a dynamic
 * `import()`, so pages that never use it do not download it. `value` is
 * undefined until it has arrived, and null if it could not be fetched (the
 * caller then does without, and it is not asked for again).
 */
export class Lazy<T> {
  value: T | null | undefined;
  private arriving: Promise<unknown> | undefined;

  constructor(private readonly fetch: () => Promise<T>) {}

  /** Null once it has arrived or failed; otherwise a promise that settles when it has. */
  ready(): Promise<unknown> | null {
    if (this.value !== undefined) return null;
    this.arriving ??= this.fetch().then(
      (value) => (this.value = value),
      () => (this.value = null),
    );
    return this.arriving;
  }
}
