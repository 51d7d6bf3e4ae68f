/**
 * A subscription's source with only the payloads `wanted` keeps (which typing a side sees, which
 * department queues a member still belongs to). Ending it (`return`) goes straight to the
 * source, even while a payload is awaited, so no topic is left subscribed. `wanted` must not throw.
 */
export function filterDeliveries<T>(
  source: AsyncIterable<T>,
  wanted: (payload: T) => boolean,
): AsyncIterableIterator<T> {
  const inner = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const step = await inner.next();
        if (step.done || wanted(step.value)) return step;
      }
    },
    return: (value?: unknown) =>
      inner.return ? inner.return(value) : Promise.resolve({ done: true as const, value: value as T }),
    throw: (error?: unknown) => (inner.throw ? inner.throw(error) : Promise.reject(error)),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
