import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { chatVi } from '../../chat/messages/vi';

export const vi: MessageShape<typeof en> = {
  portal: {
    title: 'Trợ giúp Deskstream',
    tagline: 'Câu trả lời, câu hỏi và hỗ trợ trực tiếp ở cùng một nơi.',
    homeLink: 'Trang chủ',
    footer: 'Deskstream · {year}',
  },
  home: {
    title: 'Chúng tôi có thể giúp gì cho bạn?',
    intro: 'Tự tìm câu trả lời, gửi câu hỏi cho chúng tôi hoặc trò chuyện ngay với nhân viên.',
    knowledgeBase: {
      title: 'Cơ sở tri thức',
      body: 'Tìm câu trả lời cho các sự cố thường gặp và mã lỗi, ví dụ lỗi 1603 khi cài đặt. Tính năng tìm kiếm sẽ hoạt động với mọi ngôn ngữ.',
    },
    ask: {
      title: 'Đặt câu hỏi',
      body: 'Gửi câu hỏi kèm tên và email của bạn. Câu hỏi sẽ không bao giờ bị thất lạc: nếu không có ai trực tuyến, câu trả lời sẽ được gửi qua email.',
    },
    chat: {
      title: 'Trò chuyện với chúng tôi',
      body: 'Trò chuyện trực tiếp với thủ thư hoặc nhân viên hỗ trợ của bộ phận phù hợp.',
    },
  },
  chat: chatVi,
  kb: {
    homeLink: 'Mở cơ sở tri thức',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Không có nội dung nào ở địa chỉ này.',
  },
};
