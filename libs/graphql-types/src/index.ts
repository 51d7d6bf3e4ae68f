/** `@deskstream/graphql-types`: the root SDL every context extends and the generated resolver types. */
export { ROOT_TYPE_DEFS, typeDefsFrom } from './type-defs';
export type * from './generated/resolvers';
