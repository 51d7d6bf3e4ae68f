/** `@deskstream/knowledge-base-read-models/testing`: events as the runner hands them over, and article commands without a store. */
export { InMemoryArticles, applyAll, recorded } from './test-support/in-memory-articles';
