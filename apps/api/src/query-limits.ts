/**
 * Limits on what one GraphQL document may ask for, so a single request cannot make the api do
 * unbounded work: tokens (checked by the parser), and depth and the number of fields selected,
 * both with fragments expanded (checked here, as a validation rule).
 */
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

export const QUERY_LIMITS = {
  /** GraphiQL's introspection query is 12 deep; the deepest product query today is 5. */
  depth: 15,
  tokens: 5_000,
  fields: 500,
} as const;

interface Shape {
  fields: number;
  depth: number;
}

export function queryShapeLimit(limits: { depth: number; fields: number } = QUERY_LIMITS): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const shape = measure(operation.selectionSet, fragments, new Set(), limits);
        const name = operation.name?.value ?? 'The operation';
        const problem =
          shape.depth > limits.depth
            ? `${name} is nested more than ${limits.depth} levels deep.`
            : shape.fields > limits.fields
              ? `${name} selects more than ${limits.fields} fields; ask for less in one request.`
              : undefined;
        if (problem)
          context.reportError(
            new GraphQLError(problem, { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX' } }),
          );
      },
    };
  };
}

/** Fields selected and depth reached, stopping early once over a limit; a fragment cycle counts once. */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
  limits: { depth: number; fields: number },
  depth = 1,
): Shape {
  const shape: Shape = { fields: 0, depth };
  const add = (inner: Shape) => {
    shape.fields += inner.fields;
    shape.depth = Math.max(shape.depth, inner.depth);
  };
  for (const selection of selectionSet.selections) {
    if (shape.fields > limits.fields || shape.depth > limits.depth) break;
    if (selection.kind === Kind.FIELD) {
      shape.fields += 1;
      if (selection.selectionSet) add(measure(selection.selectionSet, fragments, visiting, limits, depth + 1));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(measure(selection.selectionSet, fragments, visiting, limits, depth));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      add(measure(fragment.selectionSet, fragments, visiting, limits, depth));
      visiting.delete(name);
    }
  }
  return shape;
}
