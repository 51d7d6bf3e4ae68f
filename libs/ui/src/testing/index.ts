export { createFakeGraphql, type FakeAnswer, type FakeGraphql, type FakeResolver } from './fake-graphql';
export { deferred, type Deferred } from './deferred';
