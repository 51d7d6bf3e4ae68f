/** `@deskstream/domain-kit`: deciders, rejections and error tables, event types. Pure; runs in Node and the browser. */
export type { Actor, ActorKind, DomainEvent, EventMetadata } from './events';
export { fold, isRejection, type Decider, type DomainError } from './decider';
export {
  ERROR_CODES,
  errorTable,
  namingProblem,
  type ErrorCode,
  type ErrorEntry,
  type ErrorTable,
  type Rejection,
} from './errors';
export { assertNever } from './exhaustive';
