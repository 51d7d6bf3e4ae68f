/**
 * What a GraphQL operation costs the api to answer, counted before it runs, so a visitor cannot
 * make one small request into a large answer: every field selected counts once for every time it
 * will be resolved. A list field with a `first` argument (given, or its default) holds that many
 * items, so what it selects counts that many times (on a field that returns an object, such as a
 * search result, `first` bounds the lists directly inside it); any other list counts as
 * `UNBOUNDED_LIST_ITEMS` items. Aliases are selections of their own and count each time, so a
 * hundred aliases of one list cost a hundred lists. Fragments are expanded; a fragment cycle
 * counts once (validation refuses it anyway).
 */
import { createRequire } from 'node:module';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// The graphql module Mercurius (CommonJS) builds the schema with: type checks go by class.
const { getNamedType, getNullableType, isListType, valueFromASTUntyped } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/** What a list without `first` is counted as. */
export const UNBOUNDED_LIST_ITEMS = 10;

/** The argument that bounds a list. */
const LIST_SIZE_ARGUMENT = 'first';

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Stop counting beyond this: the answer is "too much" already. */
  ceiling: number;
}

/** The operation that would run (the named one, or the only one); undefined if there is none. */
export function operationOf(
  document: DocumentNode,
  operationName?: string | null,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return operations.find((operation) => operation.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** The cost of the operation, or of every operation in the document when it does not say which runs; stops counting past `ceiling`. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  options: { operationName?: string | null; ceiling?: number } = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const walk: Walk = { schema, fragments, variables, ceiling: options.ceiling ?? Number.MAX_SAFE_INTEGER };
  const chosen = operationOf(document, options.operationName);
  const operations = chosen
    ? [chosen]
    : document.definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
  let total = 0;
  for (const operation of operations) {
    const root =
      operation.operation === 'query'
        ? schema.getQueryType()
        : operation.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (root) total += costOf(operation.selectionSet, root, walk, new Set());
    if (total > walk.ceiling) break;
  }
  return total;
}

/** `bound`: the `first` of the field holding this selection, for the lists directly in it. */
function costOf(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  walk: Walk,
  visiting: Set<string>,
  bound?: number,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (cost > walk.ceiling) break;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) {
        cost += 1;
        continue;
      }
      const field = fieldOf(parent, selection.name.value);
      cost += 1;
      if (!field || !selection.selectionSet) continue;
      const first = firstOf(field, selection.arguments ?? [], walk.variables);
      const isList = isListType(getNullableType(field.type));
      const items = isList ? (first ?? bound ?? UNBOUNDED_LIST_ITEMS) : 1;
      cost +=
        items * costOf(selection.selectionSet, getNamedType(field.type), walk, visiting, isList ? undefined : first);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) ?? parent)
        : parent;
      cost += costOf(selection.selectionSet, type, walk, visiting, bound);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      cost += costOf(
        fragment.selectionSet,
        walk.schema.getType(fragment.typeCondition.name.value) ?? parent,
        walk,
        visiting,
        bound,
      );
      visiting.delete(name);
    }
  }
  return cost;
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in type && typeof type.getFields === 'function'
    ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name]
    : undefined;
}

/** The field's `first` (as given, else its default), or undefined when it has none. */
function firstOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: Parameters<typeof valueFromASTUntyped>[0] }[],
  variables: Record<string, unknown>,
): number | undefined {
  const declared = field.args.find((arg) => arg.name === LIST_SIZE_ARGUMENT);
  if (!declared) return undefined;
  const given = args.find((arg) => arg.name.value === LIST_SIZE_ARGUMENT);
  const value = given ? valueFromASTUntyped(given.value, variables) : declared.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : undefined;
}
