/** `@deskstream/feedback-domain`: feedback's events, deciders, similarity, rules and error reasons. Pure. */
export * from './feedback-events';
