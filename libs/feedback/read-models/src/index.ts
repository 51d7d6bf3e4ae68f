/** `@deskstream/feedback-read-models`: the triage queue, topics, teams; the report and surveys. */
export * from './records';
export * from './report';
