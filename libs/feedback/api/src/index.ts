/** `@deskstream/feedback-api`: feedback's GraphQL module (the Fastify plugin the api registers), its commands and ports. */
export { feedbackGraphql, feedbackTypeDefs, type FeedbackModuleOptions } from './plugin';
