/**
 * Capture: a conversation item becomes feedback in one action, linked to its exact source event
 * (found through the sources port, so a client cannot invent what a customer said), and staff's
 * own feedback filed directly (e.g. from testing a pre-release build).
 */
import { requireStaff } from '@deskstream/access';
import { eventIdFor } from '@deskstream/event-sourcing';
import {
  emptyFeedbackSource,
  languageOf,
  quoteOf,
  type FeedbackCaptured,
  type FeedbackSourceKind,
} from '@deskstream/feedback-domain';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { itemIdForSource } from './commands';
import { ROLES, checkCommandId, feedbackError, staffActor, storeActor } from './access';
import { checkCatalogue, classificationFrom, orThrow, type FeedbackDeps } from './deps';
import type { FeedbackSourceRefs } from './ports';

type Mutations = Pick<MutationResolvers, 'captureFeedback' | 'fileFeedback'>;

/** The refs each capturable kind needs. */
const REQUIRED: Partial<Record<FeedbackSourceKind, (keyof FeedbackSourceRefs)[]>> = {
  CHAT_MESSAGE: ['chatId', 'messageId'],
  TICKET_MESSAGE: ['ticketId', 'messageId'],
  CALL_NOTE: ['callId', 'noteId'],
  OFFLINE_QUESTION: ['questionId'],
  KB_QUESTION: ['questionId'],
};

/** Only the refs of the kind, each present. */
export function refsOf(input: FeedbackSourceRefs): FeedbackSourceRefs {
  const required = REQUIRED[input.kind];
  if (!required || required.some((key) => !input[key])) throw feedbackError('FEEDBACK_SOURCE_INVALID');
  return Object.fromEntries([['kind', input.kind], ...required.map((key) => [key, input[key]])]) as FeedbackSourceRefs;
}

export function captureMutations(deps: FeedbackDeps): Mutations {
  const { readModel, commands, now } = deps;
  return {
    captureFeedback: async (_root, { input, commandId }, context) => {
      const staff = requireStaff(context, ROLES.triage);
      checkCommandId(commandId);
      const refs = refsOf(input.source);
      const found = deps.sources?.find(refs, staff);
      if (!found) throw feedbackError('FEEDBACK_SOURCE_NOT_FOUND');
      const text = quoteOf(input.text?.trim() ? input.text : found.text);
      // The source's product counts only when the catalogue knows it; one the agent gives must be known.
      const sourceProduct = found.product && readModel.products.has(found.product) ? found.product : null;
      const base = {
        product: sourceProduct,
        version: sourceProduct ? found.version : null,
        build: null,
        kind: null,
        severity: null,
        tags: [],
      };
      const classification = classificationFrom(input.classification, base);
      if (input.classification) checkCatalogue(readModel, classification.product, classification.version);
      // One item per source, however its refs were given (a ticket message by its id or its timeline entry's).
      const itemId = itemIdForSource({ ...found.source, kind: refs.kind });
      const data: FeedbackCaptured['data'] = {
        ...classification,
        itemId,
        source: found.source,
        channel: found.channel,
        text,
        reporter: found.reporter,
        language: languageOf(found.language, text),
        capturedBy: staffActor(staff),
        at: now().toISOString(),
      };
      orThrow(await commands.item({ type: 'CaptureFeedback', data }, commandId, storeActor(staff)));
      return readModel.item(itemId)!;
    },
    fileFeedback: async (_root, { input, commandId }, context) => {
      const staff = requireStaff(context, ROLES.triage);
      checkCommandId(commandId);
      const empty = { product: null, version: null, build: null, kind: null, severity: null, tags: [] };
      const classification = classificationFrom(input.classification, empty);
      checkCatalogue(readModel, classification.product, classification.version);
      const itemId = eventIdFor(`${commandId}:feedback`, 0);
      const data: FeedbackCaptured['data'] = {
        ...classification,
        itemId,
        source: emptyFeedbackSource('STAFF'),
        channel: 'STAFF',
        text: input.text,
        reporter: {
          kind: 'SUPPORT_UNIT',
          customerId: null,
          ticketId: null,
          personal: { name: staff.displayName, email: null, phone: null },
        },
        language: input.language,
        capturedBy: staffActor(staff),
        at: now().toISOString(),
      };
      orThrow(await commands.item({ type: 'CaptureFeedback', data }, commandId, storeActor(staff)));
      return readModel.item(itemId)!;
    },
  };
}
