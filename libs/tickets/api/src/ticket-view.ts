/**
 * A ticket record as the GraphQL `Ticket`: departments and agents by id from the staff
 * directory, field values as text, SLA targets and the timeline (with merged tickets' entries
 * and SLA breaches) computed at read time from `now`.
 */
import { fieldValueText, type TicketAttachment } from '@deskstream/tickets-domain';
import type { TicketRecord, TicketsReadModel, TimelineEntryRecord } from '@deskstream/tickets-read-models';
import type { TicketResolvers } from '@deskstream/graphql-types';

export const attachmentUrl = (ticketId: string, attachment: TicketAttachment) =>
  `/api/tickets/attachments/${attachment.hash}?ticket=${encodeURIComponent(ticketId)}`;

export function ticketFieldResolvers(readModel: TicketsReadModel, now: () => Date): { Ticket: TicketResolvers } {
  const department = (id: string) =>
    readModel.directory.departments.get(id) ?? { id, name: { fa: id, en: id, ja: id, vi: id } };
  const ref = (id: string) => {
    const other = readModel.byId(id);
    return other ? { id: other.id, number: other.number, subject: other.subject, status: other.status } : null;
  };
  const agent = (id: string) => ({ id, name: readModel.directory.staff.get(id)?.name ?? id });
  const fields = (values: TicketRecord['fields']) =>
    Object.entries(values).map(([key, value]) => ({ key, value: fieldValueText(value) }));

  const entryView = (ticket: TicketRecord, entry: TimelineEntryRecord) => {
    const owner = entry.fromTicketId ?? ticket.id;
    return {
      id: entry.id,
      kind: entry.kind,
      at: entry.at,
      actor: {
        kind: entry.actor.kind,
        id: entry.actor.kind === 'STAFF' ? entry.actor.id : null,
        name: entry.actor.name,
      },
      text: entry.text ?? null,
      attachments: (entry.attachments ?? []).map((attachment) => ({
        ...attachment,
        url: attachmentUrl(owner, attachment),
      })),
      via: entry.via ?? null,
      delivery: entry.kind === 'REPLY' ? readModel.delivery(entry, readModel.byId(owner) ?? ticket) : null,
      mentions: (entry.mentions ?? []).map(agent),
      status: entry.status ?? null,
      previousStatus: entry.previousStatus ?? null,
      priority: entry.priority ?? null,
      department: entry.departmentId ? department(entry.departmentId) : null,
      assignee: entry.assignee ?? null,
      automatic: entry.automatic ?? null,
      tagsAdded: entry.tagsAdded ?? [],
      tagsRemoved: entry.tagsRemoved ?? [],
      fields: entry.fields ? fields(entry.fields) : [],
      otherTicket: entry.otherTicketId ? ref(entry.otherTicketId) : null,
      linkKind: entry.linkKind ?? null,
      slaMetric: entry.slaMetric ?? null,
      fromTicket: entry.fromTicketId ? ref(entry.fromTicketId) : null,
      detail: entry.detail ?? null,
      articleId: entry.articleId ?? null,
    };
  };

  return {
    Ticket: {
      department: (ticket) => department(ticket.departmentId),
      fields: (ticket) => fields(ticket.fields),
      mergedInto: (ticket) => (ticket.mergedInto ? ref(ticket.mergedInto.id) : null),
      links: (ticket) =>
        ticket.links.flatMap((link) => {
          const other = ref(link.otherId);
          return other ? [{ kind: link.kind, ticket: other }] : [];
        }),
      sla: (ticket) => readModel.sla(ticket, now()),
      nextDueAt: (ticket) => readModel.nextDueAt(ticket),
      timeline: (ticket) => readModel.timeline(ticket, now()).map((entry) => entryView(ticket, entry)),
    },
  };
}
