import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { kbVi } from '../../knowledge-base/i18n/vi';
import { chatVi } from '../../chat/i18n/vi';
import { outboxVi } from '../../outbox/i18n/vi';
import { supervisorVi } from '../../supervisor/i18n/vi';
import { ticketsVi } from '../../tickets/i18n/vi';
import { bookingsNavVi } from '../../bookings/i18n/nav-messages';
import { staffSecurityVi } from '../../security/i18n/shell-messages';
import { callsNavVi } from '../../calls/i18n/nav-messages';
import { customersNavVi } from '../../customers/i18n/nav-messages';
import { patronsNavVi } from '../../patrons/i18n/nav-messages';
import { operationsNavVi } from '../../operations/i18n/nav-messages';
import { feedbackReportNavVi } from '../../feedback-report/i18n/nav-messages';
import { feedbackNavVi } from '../../feedback/i18n/nav-messages';

export const vi: MessageShape<typeof en> = {
  app: {
    title: 'Bảng điều khiển Deskstream',
    mainNav: 'Chính',
  },
  signIn: {
    title: 'Đăng nhập',
    intro: 'Nhân viên hỗ trợ, giám sát viên và nhóm sản phẩm đăng nhập tại đây.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    failed: 'Đăng nhập không thành công. Hãy kiểm tra tên đăng nhập và mật khẩu rồi thử lại.',
  },
  presence: {
    switchLabel: 'Trực tuyến',
    online: 'Trực tuyến',
    offline: 'Ngoại tuyến',
    shortcut: 'Phím tắt: Alt+Shift+O',
    boardTitle: 'Nhân viên đang trực tuyến',
    boardIntro: 'Ai đang trực tuyến ở từng bộ phận, cập nhật trực tiếp.',
    agentsOnline: '{count} nhân viên trực tuyến',
    onlineSince: 'Trực tuyến từ {time}',
    nobodyOnline: 'Hiện không có ai trực tuyến ở bộ phận này.',
    noDepartments: 'Chưa có bộ phận nào được thiết lập.',
    live: {
      idle: 'Chưa kết nối',
      connecting: 'Đang kết nối…',
      connected: 'Trực tiếp',
      reconnecting: 'Đang kết nối lại…',
    },
  },
  profile: {
    menu: 'Hồ sơ và cài đặt',
    roles: 'Vai trò',
    departments: 'Bộ phận',
    signOut: 'Đăng xuất',
    notifications: {
      enable: 'Bật thông báo trên màn hình',
      disable: 'Tắt thông báo trên màn hình',
      on: 'Cuộc trò chuyện mới và lượt nhắc đến bạn sẽ hiện trên màn hình khi thẻ này bị ẩn.',
      blocked: 'Thông báo trên màn hình cho trang này đang bị chặn trong cài đặt trình duyệt.',
    },
  },
  readiness: {
    title: 'Đang cập nhật…',
    body: 'Bàn làm việc đang đọc hoạt động mới nhất sau khi khởi động lại. Danh sách sẽ hiện ra ngay khi đầy đủ.',
  },
  kb: kbVi,
  chat: chatVi,
  outbox: outboxVi,
  supervisor: supervisorVi,
  tickets: ticketsVi,
  bookingsNav: bookingsNavVi,
  staffSecurity: staffSecurityVi,
  callsNav: callsNavVi,
  customersNav: customersNavVi,
  patronsNav: patronsNavVi,
  operationsNav: operationsNavVi,
  feedbackReportNav: feedbackReportNavVi,
  feedbackNav: feedbackNavVi,
  roles: {
    AGENT: 'Nhân viên hỗ trợ',
    SUPERVISOR: 'Giám sát viên',
    ADMIN: 'Quản trị viên',
    PRODUCT: 'Nhóm sản phẩm',
  },
};
