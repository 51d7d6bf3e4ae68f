/** The rules a branch or topic may set for itself (each null to inherit), in the order the forms show them. */
export const RULE_FIELDS = [
  'sessionMinutes',
  'paddingMinutes',
  'bookingWindowDays',
  'minimumNoticeMinutes',
  'cancellationCutoffMinutes',
  'reminderLeadMinutes',
] as const;

export type RuleField = (typeof RULE_FIELDS)[number];
