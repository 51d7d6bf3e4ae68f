import type { ticketErrorsEn } from './errors-en';

export const ticketErrorsVi: typeof ticketErrorsEn = {
  TICKET_NOT_FOUND: 'Phiếu đó không còn nữa.',
  TICKET_MERGE_INTO_ITSELF: 'Không thể gộp một phiếu vào chính nó.',
  TICKET_LINK_TO_ITSELF: 'Không thể liên kết một phiếu với chính nó.',
  TICKET_SUBJECT_INVALID: 'Tiêu đề trống hoặc quá dài.',
  TICKET_TEXT_INVALID: 'Câu trả lời trống hoặc quá dài.',
  TICKET_NOTE_INVALID: 'Ghi chú trống hoặc quá dài.',
  TICKET_ATTACHMENT_NOT_FOUND: 'Không tìm thấy một tệp đính kèm; hãy đính kèm lại.',
  TICKET_BULK_TOO_LARGE: 'Quá nhiều phiếu cùng lúc; hãy chọn ít hơn.',
  TICKET_QUERY_TOO_LONG: 'Nội dung tìm kiếm quá dài.',
  TICKET_VIEW_LIMIT: 'Chỉ lưu được tối đa 50 chế độ xem.',
};
