/**
 * Values the engine computes only when read. Its exclusion lists name every entry of every past cycle (thousands
 * over a long history) while most readers (dashboard, deadline warnings) only need the numbers.
 */

/** `compute`, run on the first call only; later calls return the same value. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Gives `target` an enumerable property `key` computed on first read, then kept as an ordinary property (so
 * spreading, JSON and deep equality see a plain value). Assigning before reading replaces it.
 */
export function lazyProperty<T extends object, K extends PropertyKey, V>(target: T, key: K, compute: () => V): T & Record<K, V> {
  const settle = (owner: object, value: V) =>
    Object.defineProperty(owner, key, { value, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const value = compute();
      settle(this, value);
      return value;
    },
    set(this: object, value: V) {
      settle(this, value);
    },
  });
  return target as T & Record<K, V>;
}
