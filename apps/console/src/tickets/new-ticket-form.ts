import { newCommandId, outcomeOf, type Failure, type GraphqlConnection } from '@deskstream/ui';
import type { ContactMethod, OpenTicketInput, TicketChannel, TicketPriority } from '../generated/graphql';
import { OpenTicketMutation } from './ticket-new-operations';

/** The channels staff open tickets for (chats and offline questions have their own "open as ticket"). */
export const STAFF_CHANNELS: readonly TicketChannel[] = ['PHONE', 'LETTER', 'WALK_IN', 'EMAIL', 'WEB_FORM'];
export const CONTACT_METHODS: readonly ContactMethod[] = ['EMAIL', 'PHONE', 'NONE'];

export interface NewTicketDraft {
  channel: TicketChannel;
  name: string;
  email: string;
  phone: string;
  language: string;
  contactMethod: ContactMethod;
  requesterType: string;
  departmentId: string;
  subject: string;
  text: string;
  priority: TicketPriority;
  product: string;
  version: string;
  tags: string;
  fields: Record<string, string>;
  attachments: string[];
  assignToMe: boolean;
}

export function emptyDraft(language: string): NewTicketDraft {
  return {
    channel: 'PHONE',
    name: '',
    email: '',
    phone: '',
    language,
    contactMethod: 'PHONE',
    requesterType: '',
    departmentId: '',
    subject: '',
    text: '',
    priority: 'NORMAL',
    product: '',
    version: '',
    tags: '',
    fields: {},
    attachments: [],
    assignToMe: false,
  };
}

/** What is missing before the form may be sent, as `tickets.create.invalid.*` keys by field. */
export function draftProblems(draft: NewTicketDraft, requiredFields: readonly string[] = []): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.name.trim()) problems.name = 'name';
  if (!draft.subject.trim()) problems.subject = 'subject';
  if (!draft.departmentId) problems.departmentId = 'department';
  if (!draft.requesterType) problems.requesterType = 'requesterType';
  if (draft.email.trim() && !/^[^\s@]+@[^\s@]+$/.test(draft.email.trim())) problems.email = 'email';
  if (draft.contactMethod === 'EMAIL' && !draft.email.trim()) problems.email = 'emailNeeded';
  if (draft.contactMethod === 'PHONE' && !draft.phone.trim()) problems.phone = 'phoneNeeded';
  for (const key of requiredFields) if (!draft.fields[key]?.trim()) problems[`field:${key}`] = 'field';
  return problems;
}

const orNull = (text: string): string | null => text.trim() || null;

/** The `openTicket` input the draft stands for. */
export function openTicketInput(draft: NewTicketDraft, myId: string | null): OpenTicketInput {
  const tags = draft.tags
    .split(/[,،、]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  const fields = Object.entries(draft.fields)
    .filter(([, value]) => value.trim())
    .map(([key, value]) => ({ key, value: value.trim() }));
  return {
    channel: draft.channel,
    requester: {
      name: draft.name.trim(),
      email: orNull(draft.email),
      phone: orNull(draft.phone),
      language: draft.language,
      contactMethod: draft.contactMethod,
    },
    requesterType: draft.requesterType,
    departmentId: draft.departmentId,
    subject: draft.subject.trim(),
    text: orNull(draft.text),
    priority: draft.priority,
    product: orNull(draft.product),
    version: orNull(draft.version),
    tags,
    fields,
    attachments: draft.attachments,
    assigneeId: draft.assignToMe ? myId : null,
  };
}

export type OpenOutcome = { ok: true; number: number } | { ok: false; failure: Failure };

/**
 * Sends the draft; the command id is made once per form and kept across retries, so a retry
 * after a lost answer opens the same ticket rather than a second one.
 */
export function createTicketOpener(connection: GraphqlConnection) {
  let commandId = newCommandId();
  return {
    get commandId() {
      return commandId;
    },
    async open(input: OpenTicketInput): Promise<OpenOutcome> {
      const outcome = await outcomeOf(connection.client.mutation(OpenTicketMutation, { input, commandId }).toPromise());
      return outcome.ok ? { ok: true, number: outcome.data.openTicket.number } : { ok: false, failure: outcome };
    },
    /** A fresh command for a new ticket (after a success). */
    renew: () => (commandId = newCommandId()),
  };
}
