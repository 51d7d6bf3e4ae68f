import { textIn, type Locale } from '@deskstream/ui';
import type { TicketTimelineEntryFieldsFragment as Entry } from '../generated/graphql';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The one line that says what a state-change entry did ("Status: Open → Solved", "Assigned to Sara"). */
export function entrySummary(entry: Entry, t: Translate, locale: Locale, number: (n: number) => string): string {
  const ref = entry.otherTicket ? `#${number(entry.otherTicket.number)}` : '';
  switch (entry.kind) {
    case 'OPENED':
      return t('tickets.timeline.opened', { via: entry.via ? t(`tickets.channel.${entry.via}`) : '' });
    case 'STATUS_CHANGED':
      return t('tickets.timeline.status', {
        from: entry.previousStatus ? t(`tickets.status.${entry.previousStatus}`) : '—',
        to: entry.status ? t(`tickets.status.${entry.status}`) : '—',
      });
    case 'PRIORITY_CHANGED':
      return t('tickets.timeline.priority', {
        priority: entry.priority ? t(`tickets.priority.${entry.priority}`) : '—',
      });
    case 'ASSIGNED':
      return t(entry.automatic ? 'tickets.timeline.assignedAuto' : 'tickets.timeline.assigned', {
        department: entry.department ? textIn(entry.department.name, locale) : '—',
        agent: entry.assignee?.name ?? t('tickets.unassigned'),
      });
    case 'TAGS_CHANGED':
      return t('tickets.timeline.tags', {
        added: entry.tagsAdded.join(', ') || '—',
        removed: entry.tagsRemoved.join(', ') || '—',
      });
    case 'FIELDS_CHANGED':
      return t('tickets.timeline.fields', {
        fields: entry.fields.map((field) => `${field.key}: ${field.value ?? '—'}`).join(', '),
      });
    case 'DETAILS_CHANGED':
      return t('tickets.timeline.details', { detail: entry.detail ?? '' });
    case 'MERGED_INTO':
      return t('tickets.timeline.mergedInto', { ticket: ref });
    case 'ABSORBED':
      return t('tickets.timeline.absorbed', { ticket: ref });
    case 'LINKED':
      return t('tickets.timeline.linked', {
        ticket: ref,
        kind: entry.linkKind ? t(`tickets.linkKind.${entry.linkKind}`) : '',
      });
    case 'UNLINKED':
      return t('tickets.timeline.unlinked', { ticket: ref });
    case 'REPLY_BOUNCED':
      return t('tickets.timeline.bounced', { detail: entry.detail ?? '' });
    case 'SLA_BREACHED':
      return t('tickets.timeline.slaBreached', {
        metric: entry.slaMetric ? t(`tickets.sla.metric.${entry.slaMetric}`) : '',
      });
    case 'ARTICLE_DRAFTED':
      return t('tickets.timeline.articleDrafted');
    default:
      return entry.text ?? '';
  }
}

/** Entries that carry text someone wrote (shown as a message bubble rather than a one-line event). */
export const isWritten = (entry: Entry) => entry.kind === 'MESSAGE' || entry.kind === 'REPLY' || entry.kind === 'NOTE';
