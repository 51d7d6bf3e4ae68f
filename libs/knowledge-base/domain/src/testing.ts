/** `@deskstream/knowledge-base-domain/testing`: sample editors, times and article content for tests of every layer. */
export { LEILA, TOMAS, T0, at, content, persianContent } from './test-support/articles';
