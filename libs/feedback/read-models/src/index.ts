/** `@deskstream/feedback-read-models`: the triage queue, topics, teams; the report and surveys. */
export * from './records';
export * from './triage-read-model';
export * from './triage-queries';
export * from './projection';
export * from './vote-comments';
export * from './report';
export * from './survey-read-model';
export * from './survey-contacts';
export * from './survey-projection';
