/**
 * Sending the contact form and replying through the secret link, once each: the ticket's id,
 * its first message's id and a reply's id all derive from the form's command id (with a digest
 * of what was sent, so a different request under a reused id is never swallowed), and the
 * receipt's mail id from the ticket. A retry after a lost answer finds what the first try wrote.
 */
import { createHash } from 'node:crypto';
import { eventIdFor } from '@deskstream/event-sourcing';
import { reject, type TicketActor, type TicketsRejection } from '@deskstream/tickets-domain';
import type { TicketRecord } from '@deskstream/tickets-read-models';
import type { StoreConflict } from '@deskstream/access';
import type { SubmitTicketInput } from '@deskstream/graphql-types';
import { checkAttachments, checkSubmission } from './public-input';
import type { PublicTicketDeps } from './public-deps';
import { isLinkToken, linkTokenHash, newLinkToken } from './link-token';
import { publicTicketView, type PublicTicketView } from './public-view';
import { receiptMail } from './receipt-mail';

type Failed = { ok: false; error: TicketsRejection | StoreConflict };

export interface Receipt {
  number: number;
  /** Empty when this was a repeat and the form had not chosen the token itself (the token is never kept). */
  token: string;
  status: TicketRecord['status'];
}

const digestOf = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

export async function submitTicket(
  deps: PublicTicketDeps,
  input: SubmitTicketInput,
  commandId: string,
): Promise<{ ok: true; receipt: Receipt } | Failed> {
  const checked = checkSubmission(deps.readModel, input);
  if ('code' in checked) return { ok: false, error: checked };
  const attachments = await checkAttachments(input.attachments, deps.describeAttachment);
  if ('code' in attachments) return { ok: false, error: attachments };

  const { linkToken: _token, ...content } = input;
  const openingId = `web-form-${commandId}-${digestOf(content)}`;
  const ticketId = eventIdFor(openingId, 0);
  const token = isLinkToken(input.linkToken) ? input.linkToken : newLinkToken();
  const actor: TicketActor = { kind: 'REQUESTER', name: checked.requester.name };
  const outcome = await deps.commands.open(
    {
      ticketId,
      channel: 'WEB_FORM',
      requester: checked.requester,
      requesterType: checked.requesterType,
      departmentId: checked.departmentId,
      subject: checked.subject,
      priority: 'NORMAL',
      product: checked.product,
      version: checked.version,
      fields: checked.fields,
      tags: [],
      origin: { kind: 'web-form', id: commandId },
      accessTokenHash: linkTokenHash(token),
      firstMessage: {
        messageId: eventIdFor(openingId, 1),
        via: 'WEB_FORM',
        from: { name: checked.requester.name, address: checked.requester.email },
        text: checked.text,
        attachments,
        mail: null,
      },
    },
    openingId,
    actor,
    deps.now().toISOString(),
  );
  if (!outcome.ok) return outcome;
  const record = deps.readModel.byId(ticketId);
  if (!record) return { ok: false, error: reject('TICKET_NOT_FOUND') };
  // A repeat answers the token only when it is the one the ticket was opened with.
  const known = record.accessTokenHash === linkTokenHash(token);
  if (known) await mailReceipt(deps, record, token, openingId);
  return { ok: true, receipt: { number: record.number, token: known ? token : '', status: record.status } };
}

/** Mails the receipt (number and secret link) once per opening, when the requester chose mail. */
export async function mailReceipt(deps: PublicTicketDeps, record: TicketRecord, token: string, openingId: string) {
  if (!deps.mailbox) return;
  const view = publicTicketView(deps.readModel, { own: record, shown: record }, token);
  const replyTo =
    deps.readModel.settings.inboundAddresses.find((entry) => entry.departmentId === record.departmentId)?.address ??
    null;
  const mail = receiptMail(record, view, token, { publicUrl: deps.publicUrl, replyTo });
  if (!mail) return;
  const queued = await deps.mailbox
    .queue(mail, `${openingId}:receipt`, { kind: 'system', id: 'ticket-receipt' })
    .catch((error: unknown) => ({ ok: false as const, message: String(error) }));
  if (!queued.ok) deps.onReceiptFailed?.(record.id, queued.message);
}

export async function replyThroughLink(
  deps: PublicTicketDeps,
  found: { own: TicketRecord; shown: TicketRecord },
  args: { token: string; text: string; attachments?: readonly string[] | null; commandId: string },
): Promise<{ ok: true; view: PublicTicketView } | Failed> {
  const { own, shown } = found;
  if (shown.mergedInto) return { ok: false, error: reject('TICKET_MERGED') };
  if (shown.status === 'CLOSED') return { ok: false, error: reject('TICKET_CLOSED') };
  const attachments = await checkAttachments(args.attachments, deps.describeAttachment);
  if ('code' in attachments) return { ok: false, error: attachments };
  const replyId = `public-reply-${own.id}-${args.commandId}-${digestOf([args.text, attachments.map((file) => file.hash)])}`;
  const outcome = await deps.commands.receiveMessage(
    shown.id,
    {
      messageId: eventIdFor(replyId, 0),
      via: 'WEB_FORM',
      from: { name: own.requester.name, address: own.requester.email },
      text: args.text,
      attachments,
      mail: null,
    },
    replyId,
    { kind: 'REQUESTER', name: own.requester.name },
    deps.now().toISOString(),
  );
  if (!outcome.ok) return outcome;
  const own2 = deps.readModel.byId(own.id) ?? own;
  const shown2 = deps.readModel.byId(shown.id) ?? shown;
  return { ok: true, view: publicTicketView(deps.readModel, { own: own2, shown: shown2 }, args.token) };
}
