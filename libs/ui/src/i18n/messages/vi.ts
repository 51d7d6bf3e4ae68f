import type { en } from './en';
import type { MessageShape } from './shape';

export const vi: MessageShape<typeof en> = {
  locale: {
    label: 'Ngôn ngữ',
  },
  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    skipToContent: 'Chuyển đến nội dung chính',
    comingSoon: 'Sắp ra mắt',
  },
  errors: {
    UNAUTHENTICATED: 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.',
    FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
    VALIDATION_ERROR: 'Một số thông tin chưa hợp lệ. Vui lòng kiểm tra và thử lại.',
    CONFLICT: 'Nội dung này vừa được người khác thay đổi cùng lúc. Vui lòng thử lại.',
    NOT_FOUND: 'Không tìm thấy mục này.',
    RATE_LIMITED: 'Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.',
    READ_MODEL_BEHIND:
      'Thay đổi của bạn đã được lưu, nhưng máy chủ đang bận nên chưa hiển thị được. Hãy thử lại: nội dung sẽ không bị lưu hai lần.',
    NETWORK_ERROR: 'Không thể kết nối tới máy chủ. Hãy kiểm tra kết nối và thử lại.',
    UNKNOWN: 'Đã xảy ra lỗi. Vui lòng thử lại.',
  },
};
