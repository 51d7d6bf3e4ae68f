/**
 * The end of an exhaustive `switch` over an event union: it only compiles when every case is
 * handled, so a new event type cannot be silently ignored by a projection or a decider.
 * Projections that handle only some types list the others explicitly and `return` for them.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
