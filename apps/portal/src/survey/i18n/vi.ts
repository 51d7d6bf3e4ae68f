import type { MessageShape } from '@deskstream/ui';
import type { surveyEn } from './en';

export const surveyVi: MessageShape<typeof surveyEn> = {
  heading: 'Ý kiến của bạn',
  satisfactionIntro: 'Bạn vừa được đội hỗ trợ của chúng tôi giúp đỡ. Một cú nhấp cho chúng tôi biết mọi việc thế nào.',
  productIntro: 'Một câu hỏi ngắn từ nhóm phát triển {product}.',
  ratingLegend: 'Đánh giá của bạn',
  ratingLabels: {
    r1: 'Rất không hài lòng',
    r2: 'Không hài lòng',
    r3: 'Bình thường',
    r4: 'Hài lòng',
    r5: 'Rất hài lòng',
  },
  comment: 'Bạn có muốn nói thêm gì không? (không bắt buộc)',
  commentHint: 'Điều gì tốt, điều gì chưa tốt, hoặc bạn mong muốn gì. Tối đa {max} ký tự.',
  send: 'Gửi câu trả lời',
  sending: 'Đang gửi…',
  chooseRating: 'Hãy chọn một mức đánh giá trước.',
  thanks: 'Cảm ơn bạn! Câu trả lời đã được ghi nhận.',
  yourRating: 'Đánh giá của bạn: {n} trên {max}',
  yourComment: 'Nhận xét của bạn',
  loading: 'Đang tải khảo sát…',
  notFoundTitle: 'Không tìm thấy khảo sát',
  notFound: 'Liên kết khảo sát này không hợp lệ. Có thể nó bị gõ sai hoặc bị cắt mất.',
  failed: 'Không tải được khảo sát. Hãy kiểm tra kết nối và thử lại.',
  retry: 'Thử lại',
  errors: {
    FEEDBACK_SURVEY_ALREADY_ANSWERED: 'Khảo sát này đã được trả lời. Cảm ơn bạn!',
    FEEDBACK_SURVEY_NOT_FOUND: 'Liên kết khảo sát này không hợp lệ.',
    FEEDBACK_SURVEY_RATE_LIMITED: 'Quá nhiều lần thử; vui lòng đợi một phút rồi thử lại.',
    FEEDBACK_SURVEY_COMMENT_TOO_LONG: 'Nhận xét quá dài.',
  },
};
