import { useSyncExternalStore } from 'react';

/** A value kept outside React (plain data: JSON compares it), that components read and are told of when it changes. */
export interface PlainValueStore<T> {
  get(): T;
  /** Tells the readers only when the value is a different one, not the same again. */
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A store for one plain value (objects of numbers, strings and booleans) that one part of the page
 * writes and others read with `usePlainValue`, without a context between them.
 * @example const store = plainValueStore<Slide | null>(null); store.set(slide); usePlainValue(store)
 */
export function plainValueStore<T>(initial: T): PlainValueStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      if (current === next || JSON.stringify(current) === JSON.stringify(next)) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's value now, kept up to date. */
export function usePlainValue<T>(store: PlainValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
