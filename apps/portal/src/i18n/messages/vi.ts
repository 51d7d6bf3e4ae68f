import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { chatVi } from '../../chat/messages/vi';
import { bookingEntryVi } from '../../bookings/i18n/entry-messages';
import { ticketEntryVi } from '../../tickets/i18n/entry-messages';
import { accountEntryVi } from '../../account/i18n/entry-messages';

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
      body: 'Câu trả lời cho các sự cố thường gặp và mã lỗi, ví dụ lỗi 1603 khi cài đặt. Tìm kiếm bằng mọi ngôn ngữ, với chữ số Ba Tư hoặc Latinh.',
      searchLabel: 'Tìm trong cơ sở tri thức',
      searchPlaceholder: 'Một mã lỗi hoặc vài từ, ví dụ 1603',
      searchButton: 'Tìm kiếm',
    },
    ask: {
      title: 'Đặt câu hỏi',
      body: 'Viết câu hỏi của bạn; đội ngũ của chúng tôi sẽ trả lời, qua email nếu bạn để lại địa chỉ. Không điều gì bạn gửi bị thất lạc.',
      link: 'Đặt câu hỏi',
    },
    chat: {
      title: 'Trò chuyện với chúng tôi',
      body: 'Trò chuyện trực tiếp với thủ thư hoặc nhân viên hỗ trợ của bộ phận phù hợp. Khi không có ai trực tuyến, hãy để lại câu hỏi tại đó và câu trả lời sẽ đến qua email.',
    },
  },
  chat: chatVi,
  booking: bookingEntryVi,
  ticket: ticketEntryVi,
  account: accountEntryVi,
  kb: {
    homeLink: 'Mở cơ sở tri thức',
  },
  survey: {
    title: 'Ý kiến của bạn',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Không có nội dung nào ở địa chỉ này. Trang có thể đã được chuyển đi, hoặc liên kết bị gõ sai.',
    where: 'Bạn có thể đi đến',
  },
};
