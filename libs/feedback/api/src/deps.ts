/** What the resolvers share: the read model, the commands, the ports and the clock. */
import { commandError } from '@deskstream/access';
import { FEEDBACK_ERRORS, type FeedbackClassification } from '@deskstream/feedback-domain';
import type { FeedbackTriageReadModel } from '@deskstream/feedback-read-models';
import type { FeedbackClassificationInput } from '@deskstream/graphql-types';
import type { FeedbackCommands, FeedbackOutcome } from './commands';
import { feedbackError } from './access';
import type { FeedbackSources, FeedbackStaff } from './ports';

export interface FeedbackDeps {
  readModel: FeedbackTriageReadModel;
  commands: FeedbackCommands;
  sources?: FeedbackSources;
  staff?: FeedbackStaff;
  now: () => Date;
}

/** Throws the GraphQL error of a command that did not go through. */
export function orThrow<Event>(outcome: FeedbackOutcome<Event>): Event[] {
  if (!outcome.ok) throw commandError(FEEDBACK_ERRORS, outcome.error);
  return outcome.events;
}

/** A product must be in the catalogue; a version, when the catalogue lists the product's versions, one of them. */
export function checkCatalogue(model: FeedbackTriageReadModel, product: string | null, version: string | null): void {
  if (product === null) return;
  const known = model.products.get(product);
  if (!known) throw feedbackError('FEEDBACK_PRODUCT_NOT_FOUND');
  if (version !== null && known.versions.size > 0 && !known.versions.has(version))
    throw feedbackError('FEEDBACK_VERSION_NOT_FOUND');
}

/** A classification from the schema's input over what was there before (null keeps nothing: the input says all). */
export function classificationFrom(
  input: FeedbackClassificationInput | null | undefined,
  base: FeedbackClassification,
): FeedbackClassification {
  if (!input) return base;
  const pick = <K extends keyof FeedbackClassification>(key: K): FeedbackClassification[K] =>
    (input[key] === undefined ? base[key] : (input[key] ?? null)) as FeedbackClassification[K];
  return {
    product: pick('product'),
    version: pick('version'),
    build: pick('build'),
    kind: pick('kind'),
    severity: pick('severity'),
    tags: input.tags ?? base.tags,
  };
}
