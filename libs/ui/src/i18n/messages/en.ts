/** Messages every front end shares. Reserved characters in vue-i18n messages: { } @ $ | */
export const en = {
  locale: {
    label: 'Language',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    skipToContent: 'Skip to main content',
    comingSoon: 'Coming soon',
  },
  errors: {
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'You do not have permission to do that.',
    VALIDATION_ERROR: 'Some of the information is not valid. Please check it and try again.',
    CONFLICT: 'This was changed at the same moment by someone else. Please try again.',
    NOT_FOUND: 'That item could not be found.',
    RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
    READ_MODEL_BEHIND:
      'Your change was saved, but the server is busy and could not show it yet. Try again: it will not be saved twice.',
    NETWORK_ERROR: 'The server cannot be reached. Check your connection and try again.',
    UNKNOWN: 'Something went wrong. Please try again.',
  },
};
