/** `@deskstream/feedback-domain`: feedback's events, deciders, similarity, rules and error reasons. Pure. */
export * from './feedback-events';
export * from './errors';
export * from './input-rules';
export * from './item-decider';
export * from './topic-decider';
export * from './team-decider';
export * from './similarity';
export * from './language';
export * from './report-definition';
export * from './report-definition-errors';
export * from './survey-rules';
export * from './survey-decider';
