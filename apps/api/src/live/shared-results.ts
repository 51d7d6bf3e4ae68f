/**
 * One execution per change, not one per subscriber. A subscription field may declare, next to its
 * `subscribe` resolver, that what it pushes depends only on the published payload, the document
 * and its variables, and on an authorisation scope:
 *
 *   presenceChanged: { subscribe, extensions: { sharedPush: true } }
 *   chatActivity:   { subscribe, extensions: { sharedPush: (context) => rolesOf(context) } }
 *
 * `true` means every subscriber the `subscribe` check let in sees the same result; a function
 * names the scope of the caller (from the context), and only subscribers of the same scope share.
 * The promise is the resolver author's: no field under it reads the context in any other way.
 * Fields that declare nothing are executed for each subscriber, as before.
 *
 * Results are kept per payload object (a payload is one change: feeds publish a new object for
 * every change), so they go when the payload is no longer queued for anyone.
 */

export type SharedPush = true | ((context: unknown) => string);

/** The `sharedPush` extension of a field, if it is a valid declaration. */
export function sharedPushOf(extensions: Readonly<Record<string, unknown>> | null | undefined): SharedPush | undefined {
  const declared = extensions?.sharedPush;
  return declared === true || typeof declared === 'function' ? (declared as SharedPush) : undefined;
}

/**
 * What subscribers must have in common to receive the same bytes: the document (by its cache
 * entry), the operation, the variables and the scope. Undefined: this subscriber shares with nobody.
 */
export function shareKey(
  declared: SharedPush | undefined,
  context: unknown,
  operation: { documentId: number; operationName?: string | null; variables?: Record<string, unknown> | null },
): string | undefined {
  if (declared === undefined) return undefined;
  const scope = declared === true ? '*' : declared(context);
  if (typeof scope !== 'string') return undefined;
  return `${operation.documentId}\u0000${operation.operationName ?? ''}\u0000${JSON.stringify(operation.variables ?? {})}\u0000${scope}`;
}

export interface SharedResultsStats {
  /** Results executed and serialised. */
  executions: number;
  /** Deliveries that reused a result another subscriber's delivery had made. */
  reused: number;
}

export class SharedResults {
  private readonly byPayload = new WeakMap<object, Map<string, Buffer | Promise<Buffer>>>();
  private readonly counts: SharedResultsStats = { executions: 0, reused: 0 };

  /** The serialised result for this payload and key: made once by `produce`, then the same bytes for every caller. */
  resultFor(
    payload: unknown,
    key: string | undefined,
    produce: () => Buffer | Promise<Buffer>,
  ): Buffer | Promise<Buffer> {
    if (key === undefined || typeof payload !== 'object' || payload === null) {
      this.counts.executions++;
      return produce();
    }
    let results = this.byPayload.get(payload);
    if (results === undefined) {
      results = new Map();
      this.byPayload.set(payload, results);
    }
    const known = results.get(key);
    if (known !== undefined) {
      this.counts.reused++;
      return known;
    }
    this.counts.executions++;
    const made = produce();
    results.set(key, made);
    return made;
  }

  stats(): SharedResultsStats {
    return { ...this.counts };
  }
}
