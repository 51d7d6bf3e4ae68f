import { graphql } from '../generated/index';

/** The support unit's own report (filed on the triage queue) and renaming a topic. */
export const FileFeedbackMutation = graphql(`
  mutation FileFeedback($input: FileFeedbackInput!, $commandId: ID!) {
    fileFeedback(input: $input, commandId: $commandId) {
      ...FeedbackItemFields
    }
  }
`);

export const RenameFeedbackTopicMutation = graphql(`
  mutation RenameFeedbackTopic($topicId: ID!, $title: String!, $commandId: ID!) {
    renameFeedbackTopic(topicId: $topicId, title: $title, commandId: $commandId) {
      ...FeedbackTopicFields
    }
  }
`);
