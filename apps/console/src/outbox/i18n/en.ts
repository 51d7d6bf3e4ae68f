/** The Outbox page's messages (`outbox.*`). Reserved characters in vue-i18n messages: { } @ $ | */
export const outboxEn = {
  nav: 'Outbox',
  title: 'Outbox',
  intro:
    'Every email the desk sends, and whether it went out. Free-mail services sometimes drop mail silently; here you can see what was delivered to the mail server.',
  filter: 'Show',
  allStates: 'All mails',
  refresh: 'Refresh',
  refreshedAt: 'Updated {time}; changes appear as they happen.',
  empty: 'No mail here.',
  attempts: '{attempts} of {max}',
  queuedAt: 'Queued {time}',
  sentAt: 'Sent {time}',
  nextAttemptAt: 'Next try {time}',
  columns: {
    state: 'State',
    to: 'To',
    subject: 'Subject',
    attempts: 'Attempts',
    when: 'When',
    transport: 'Sent through',
  },
  state: {
    QUEUED: 'Queued',
    SENDING: 'Sending',
    RETRYING: 'Will retry',
    SENT: 'Sent',
    FAILED: 'Failed',
  },
  transport: {
    SMTP: 'Mail server (SMTP)',
    LOCAL_FILE: 'Local file (no mail server set up)',
  },
  purpose: {
    offlineQuestion: 'Answer to an offline question',
  },
};
