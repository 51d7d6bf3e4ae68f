/** Why a ticket operation failed, by the api's reason (`tickets.errors.*`). */
export const ticketErrorsEn = {
  TICKET_NOT_FOUND: 'That ticket no longer exists.',
  TICKET_MERGE_INTO_ITSELF: 'A ticket cannot be merged into itself.',
  TICKET_LINK_TO_ITSELF: 'A ticket cannot be linked to itself.',
  TICKET_SUBJECT_INVALID: 'The subject is empty or too long.',
  TICKET_TEXT_INVALID: 'The reply is empty or too long.',
  TICKET_NOTE_INVALID: 'The note is empty or too long.',
  TICKET_ATTACHMENT_NOT_FOUND: 'An attached file was not found; attach it again.',
  TICKET_BULK_TOO_LARGE: 'Too many tickets at once; select fewer.',
  TICKET_QUERY_TOO_LONG: 'The search is too long.',
  TICKET_VIEW_LIMIT: 'Keep at most 50 saved views.',
};
