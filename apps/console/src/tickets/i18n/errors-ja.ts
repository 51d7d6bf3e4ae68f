import type { ticketErrorsEn } from './errors-en';

export const ticketErrorsJa: typeof ticketErrorsEn = {
  TICKET_NOT_FOUND: 'そのチケットはもうありません。',
  TICKET_MERGE_INTO_ITSELF: 'チケットを自分自身に統合することはできません。',
  TICKET_LINK_TO_ITSELF: 'チケットを自分自身にリンクすることはできません。',
  TICKET_SUBJECT_INVALID: '件名が空か、長すぎます。',
  TICKET_TEXT_INVALID: '返信が空か、長すぎます。',
  TICKET_NOTE_INVALID: 'メモが空か、長すぎます。',
  TICKET_ATTACHMENT_NOT_FOUND: '添付ファイルが見つかりません。もう一度添付してください。',
  TICKET_BULK_TOO_LARGE: '一度に選択したチケットが多すぎます。',
  TICKET_QUERY_TOO_LONG: '検索語が長すぎます。',
  TICKET_VIEW_LIMIT: '保存できるビューは 50 までです。',
};
