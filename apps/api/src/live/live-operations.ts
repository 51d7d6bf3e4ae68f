/**
 * The GraphQL side of a live subscription: the document parsed and validated once per distinct
 * text (with the api's limits), the `subscribe` resolver run through `createSourceEventStream`,
 * and each payload it yields turned into the JSON of an execution result — once per change for
 * every subscriber that shares document, variables and scope (see `shared-results.ts`).
 */
import { createRequire } from 'node:module';
import type {
  DocumentNode,
  ExecutionResult,
  FragmentDefinitionNode,
  GraphQLError as GraphQLErrorType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationRule,
} from 'graphql';
import type { SubscribePayload } from './protocol';
import { SharedResults, shareKey, sharedPushOf } from './shared-results';
import { SubscriptionTopics, type TopicPubSub } from './topic-queue';

// The very graphql module Mercurius (CommonJS) built the schema with: a second copy loaded as ES
// module (as test runners resolve it) would refuse that schema.
const { GraphQLError, Kind, createSourceEventStream, execute, getOperationAST, parse, specifiedRules, validate } =
  createRequire(import.meta.url)('graphql') as typeof import('graphql');
type GraphQLError = GraphQLErrorType;

/** Turns an execution result with errors into what a client may see (the api's error formatter). */
export type ResultFormatter = (result: ExecutionResult) => { data?: unknown; errors?: readonly unknown[] };

export interface LiveOperationsOptions {
  schema(): GraphQLSchema;
  pubsub(): TopicPubSub;
  /** Run after GraphQL's own rules (the api's query-shape limit). */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  format: ResultFormatter;
  /** Distinct documents kept parsed and validated. Default 500. */
  documentCacheSize?: number;
  /** Longest query text taken, in characters (as the HTTP body limit). Default 64 KiB. */
  maxQueryLength?: number;
}

/**
 * The per-delivery access hook: a subscription field may declare
 * `extensions: { stillAllowed(context, payload) }` next to its `subscribe`. Before each payload is
 * pushed to one subscriber it is called with that subscriber's context (the one its `subscribe`
 * saw) and the payload; `true` pushes it, `false` ends the subscription with FORBIDDEN
 * (`ACCESS_REVOKED`), and a thrown error with an `extensions.code` (as `requireStaff` throws) ends
 * it with that error. It runs per subscriber even when the push itself is shared (`sharedPush`).
 */
export type StillAllowed = (context: Record<string, unknown>, payload: unknown) => boolean | Promise<boolean>;

export function stillAllowedOf(extensions: unknown): StillAllowed | undefined {
  const hook = (extensions as { stillAllowed?: unknown } | null | undefined)?.stillAllowed;
  return typeof hook === 'function' ? (hook as StillAllowed) : undefined;
}

export const ACCESS_REVOKED = {
  message: 'You may no longer follow this.',
  extensions: { code: 'FORBIDDEN', reason: 'ACCESS_REVOKED' },
} as const;

export type StartedSubscription =
  | { ok: false; errors: readonly unknown[] }
  | {
      ok: true;
      /** The payloads published to the subscription's topics (after its filters). */
      payloads: AsyncIterator<unknown>;
      /** The `next` payload for one published payload: the execution result as UTF-8 JSON. */
      deliver(payload: unknown): Buffer | Promise<Buffer>;
      /** The field's `stillAllowed` hook, if it has one: undefined to push, or the errors that end the subscription. */
      allowed?(payload: unknown): Promise<readonly unknown[] | undefined>;
      /** Ends the subscription: its topics are left and its resolver's iterator returned. */
      stop(): void;
    };

interface Prepared {
  id: number;
  document: DocumentNode;
}

/** Parsed and validated documents by their text, for one schema; the least recently used goes first. */
class DocumentCache {
  private readonly entries = new Map<string, Prepared>();
  private nextId = 1;

  constructor(
    readonly schema: GraphQLSchema,
    private readonly size: number,
  ) {}

  prepare(query: string, rules: readonly ValidationRule[], maxTokens: number): Prepared | readonly GraphQLError[] {
    const known = this.entries.get(query);
    if (known !== undefined) {
      this.entries.delete(query);
      this.entries.set(query, known);
      return known;
    }
    let prepared: Prepared;
    try {
      const document = parse(query, { maxTokens });
      const errors = validate(this.schema, document, [...specifiedRules, ...rules]);
      if (errors.length > 0) return errors; // not kept: a flood of distinct bad documents must not fill memory
      prepared = { id: this.nextId++, document };
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
    }
    this.entries.set(query, prepared);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return prepared;
  }
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as Promise<T> | null)?.then === 'function';

/** The name of the one root field a (validated) subscription selects. */
function rootFieldName(operation: OperationDefinitionNode, document: DocumentNode): string | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const seen = new Set<string>();
  const find = (selectionSet: SelectionSetNode): string | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) return selection.name.value;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = find(selection.selectionSet);
        if (inner) return inner;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        const inner = fragment && find(fragment.selectionSet);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return find(operation.selectionSet);
}

export class LiveOperations {
  readonly shared = new SharedResults();
  private documents: DocumentCache | undefined;

  constructor(private readonly options: LiveOperationsOptions) {}

  /** Runs the subscription's `subscribe` resolver with `context` (plus its own `pubsub` and `id`). */
  async start(request: SubscribePayload, context: Record<string, unknown>, id: string): Promise<StartedSubscription> {
    const schema = this.options.schema();
    if (this.documents?.schema !== schema)
      this.documents = new DocumentCache(schema, this.options.documentCacheSize ?? 500);
    if (request.query.length > (this.options.maxQueryLength ?? 64 * 1024)) {
      return this.refuse([new GraphQLError('The query is too large.', { extensions: { code: 'PAYLOAD_TOO_LARGE' } })]);
    }
    const prepared = this.documents.prepare(request.query, this.options.validationRules, this.options.maxTokens);
    if (!('document' in prepared)) return this.refuse(prepared);
    const { document } = prepared;
    const operationName = request.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation)
      return this.refuse([
        new GraphQLError(operationName ? `Unknown operation named "${operationName}".` : 'Name the operation to run.'),
      ]);
    if (operation.operation !== 'subscription') {
      return this.refuse([
        new GraphQLError('This connection serves subscriptions; send queries and mutations over HTTP.', {
          extensions: { code: 'BAD_REQUEST' },
        }),
      ]);
    }

    const topics = new SubscriptionTopics(this.options.pubsub());
    const contextValue: Record<string, unknown> = { ...context, pubsub: topics, id };
    const variableValues = request.variables ?? undefined;
    let stream: AsyncIterable<unknown> | ExecutionResult;
    try {
      stream = await createSourceEventStream({
        schema,
        document,
        rootValue: {},
        contextValue,
        variableValues,
        operationName,
      });
    } catch (error) {
      topics.endAll();
      throw error;
    }
    if (!isAsyncIterable(stream)) {
      topics.endAll();
      return this.refuse(stream.errors ?? [new GraphQLError('The subscription could not start.')]);
    }

    const fieldName = rootFieldName(operation, document);
    const field = fieldName === undefined ? undefined : schema.getSubscriptionType()?.getFields()[fieldName];
    let key: string | undefined;
    try {
      key = shareKey(sharedPushOf(field?.extensions), contextValue, {
        documentId: prepared.id,
        operationName,
        variables: variableValues,
      });
    } catch {
      key = undefined; // a scope that cannot be told is nobody else's: this subscriber is served on its own
    }
    const payloads = stream[Symbol.asyncIterator]();
    const stillAllowed = stillAllowedOf(field?.extensions);
    const run = (payload: unknown) =>
      this.serialise(execute({ schema, document, rootValue: payload, contextValue, variableValues, operationName }));
    return {
      ok: true,
      payloads,
      deliver: (payload) => this.shared.resultFor(payload, key, () => run(payload)),
      allowed: stillAllowed && ((payload) => this.checkAccess(stillAllowed, contextValue, payload)),
      stop: () => {
        topics.endAll();
        payloads.return?.().catch(() => undefined);
      },
    };
  }

  private async checkAccess(
    stillAllowed: StillAllowed,
    context: Record<string, unknown>,
    payload: unknown,
  ): Promise<readonly unknown[] | undefined> {
    try {
      if (await stillAllowed(context, payload)) return undefined;
      return [ACCESS_REVOKED];
    } catch (error) {
      const original = error instanceof Error ? error : new Error(String(error));
      return (
        this.options.format({ errors: [new GraphQLError(original.message, { originalError: original })] }).errors ?? [
          ACCESS_REVOKED,
        ]
      );
    }
  }

  private serialise(result: ExecutionResult | Promise<ExecutionResult>): Buffer | Promise<Buffer> {
    if (isPromise(result)) return result.then((settled) => this.serialise(settled) as Buffer);
    return Buffer.from(
      JSON.stringify(result.errors && result.errors.length > 0 ? this.options.format(result) : result),
    );
  }

  private refuse(errors: readonly GraphQLError[]): StartedSubscription {
    return { ok: false, errors: this.options.format({ errors }).errors ?? [] };
  }
}
