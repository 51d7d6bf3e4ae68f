/** How much a ticket may hold: one place for the deciders, the resolvers, the mail and the public form. */
export const TICKET_LIMITS = {
  subjectCharacters: 200,
  textCharacters: 50_000,
  requesterNameCharacters: 120,
  emailCharacters: 254,
  productCharacters: 80,
  versionCharacters: 40,
  tagCharacters: 40,
  tagsPerTicket: 30,
  fieldTextCharacters: 1_000,
  maxAttachments: 10,
  maxAttachmentBytes: 10 * 1024 * 1024,
  commandIdCharacters: 128,
  pageSize: 200,
  queryCharacters: 200,
  bulkTickets: 200,
  savedViewsPerOwner: 50,
  viewNameCharacters: 80,
  settingsKeyCharacters: 40,
  settingsNameCharacters: 80,
  slaMaxMinutes: 525_600,
  capPerAgentMax: 1_000,
} as const;

/** The languages answers are worded in. */
export const REQUESTER_LANGUAGES = ['fa', 'en', 'ja', 'vi'] as const;
export type RequesterLanguage = (typeof REQUESTER_LANGUAGES)[number];
