import type { MessageShape } from '@deskstream/ui';
import type { outboxEn } from './en';

export const outboxVi: MessageShape<typeof outboxEn> = {
  nav: 'Hộp thư đi',
  title: 'Hộp thư đi',
  intro:
    'Mọi email mà bàn hỗ trợ gửi đi và trạng thái của chúng. Dịch vụ email miễn phí đôi khi lặng lẽ bỏ thư; tại đây bạn biết thư nào đã tới máy chủ thư.',
  filter: 'Hiển thị',
  allStates: 'Tất cả email',
  refresh: 'Làm mới',
  refreshedAt: 'Cập nhật lúc {time}; thay đổi hiện ra ngay khi xảy ra.',
  empty: 'Không có email nào.',
  attempts: '{attempts} / {max}',
  queuedAt: 'Vào hàng đợi {time}',
  sentAt: 'Đã gửi {time}',
  nextAttemptAt: 'Thử lại lúc {time}',
  columns: {
    state: 'Trạng thái',
    to: 'Người nhận',
    subject: 'Tiêu đề',
    attempts: 'Số lần thử',
    when: 'Thời gian',
    transport: 'Gửi qua',
  },
  state: {
    QUEUED: 'Đang chờ',
    SENDING: 'Đang gửi',
    RETRYING: 'Sẽ thử lại',
    SENT: 'Đã gửi',
    FAILED: 'Thất bại',
  },
  transport: {
    SMTP: 'Máy chủ thư (SMTP)',
    LOCAL_FILE: 'Tệp cục bộ (chưa cấu hình máy chủ thư)',
  },
  purpose: {
    offlineQuestion: 'Trả lời câu hỏi ngoại tuyến',
  },
};
