/** The demo knowledge base in Vietnamese (the twelve most asked topics). */
import type { SeedText } from './seed-text';

export const ARTICLES_VI: Record<string, SeedText> = {
  'error-1603': {
    slug: 'loi-1603',
    title: 'Lỗi 1603 khi cài đặt phần mềm',
    symptoms: ['trình cài đặt dừng với lỗi nghiêm trọng', 'cài đặt bị hoàn tác ở cuối'],
    tags: ['cài đặt'],
    body: `Trình cài đặt báo **"Lỗi 1603: đã xảy ra lỗi nghiêm trọng trong khi cài đặt"** rồi xóa mọi tệp đã chép.

Nguyên nhân thường gặp:

1. Chưa chạy trình cài đặt với quyền quản trị viên.
2. Thư mục đích chỉ đọc, bị nén hoặc mã hóa.
3. Phiên bản cũ chưa được gỡ hết.

## Cách khắc phục

1. Nhấp chuột phải vào \`Setup.exe\` và chọn **Run as administrator**.
2. Cài vào thư mục được đề xuất, không cài lên ổ mạng hay USB.
3. Nếu còn bản cũ, gỡ nó trong *Settings → Apps*, khởi động lại máy rồi cài lại.`,
  },
  'error-1608': {
    slug: 'loi-1608',
    title: 'Lỗi 1608: không tìm thấy phiên bản trước',
    symptoms: ['gói nâng cấp đòi phiên bản trước'],
    tags: ['cài đặt', 'nâng cấp'],
    body: `Gói **nâng cấp** chỉ cài được lên bản đầy đủ. Nếu không tìm thấy bản đầy đủ, nó dừng với **lỗi 1608**.

- Nếu máy chưa từng cài bản đầy đủ, hãy cài bản đầy đủ trước.
- Nếu bản đầy đủ được cài bằng tài khoản Windows khác, hãy đăng nhập bằng tài khoản đó hoặc cài lại cho mọi người dùng.`,
  },
  'error-1628': {
    slug: 'loi-1628',
    title: 'Lỗi 1628: không hoàn tất được cài đặt',
    symptoms: ['trình cài đặt đóng ngay khi mở'],
    tags: ['cài đặt'],
    body: `**Lỗi 1628** nghĩa là trình cài đặt không hoàn tất được, thường do một bản cài khác đang chạy hoặc tệp tạm bị hỏng.

1. Khởi động lại máy.
2. Nhấn **Win+R**, gõ \`%TEMP%\` và xóa những gì xóa được.
3. Chép thư mục cài đặt ra màn hình nền và chạy với quyền quản trị viên.`,
  },
  'check-sum-fail': {
    slug: 'check-sum-fail',
    title: 'Thông báo "Check Sum Fail" khi chép tệp',
    symptoms: ['quá trình chép dừng với Check Sum Fail', 'lần nào cũng dừng ở cùng một chỗ'],
    tags: ['cài đặt', 'đĩa', 'tải về'],
    body: `**Check Sum Fail** nghĩa là tệp đã chép không giống tệp gốc. Dữ liệu bị hỏng, không phải máy tính của bạn.

- **Từ đĩa:** lau đĩa bằng khăn mềm, thử ổ đĩa khác, hoặc chép đĩa vào ổ cứng trước rồi cài.
- **Từ tệp tải về:** hãy tải lại; tải bị gián đoạn là nguyên nhân phổ biến nhất.`,
  },
  'register-version-required-2': {
    slug: 'noor-register-version-required-2',
    title: 'Thông báo "noor register version required 2" khi mở chương trình',
    symptoms: ['chương trình đòi công cụ đăng ký phiên bản 2'],
    tags: ['đăng ký'],
    body: `Chương trình cần **công cụ đăng ký 2.0** trở lên nhưng máy vẫn đang dùng bản 1.x. Thông báo: \`noor register version required 2\`.

1. Đóng chương trình.
2. Cài công cụ đăng ký 2.0 từ thư mục \`Register\` trên đĩa phiên bản 3 hoặc từ trang tải về.
3. Mở lại chương trình và đăng ký bằng số sê-ri của bạn.`,
  },
  'question-marks-instead-of-letters': {
    slug: 'dau-hoi-thay-cho-chu',
    title: 'Chữ Ba Tư hoặc Ả Rập hiển thị thành dấu hỏi',
    symptoms: ['văn bản hiện thành ????', 'menu không đọc được'],
    tags: ['hiển thị', 'Windows'],
    body: `Một số phần của chương trình dùng **ngôn ngữ cho chương trình không hỗ trợ Unicode** của Windows. Nếu đó là tiếng Việt hay tiếng Anh, chữ Ba Tư sẽ thành \`????\`.

1. Mở *Control Panel → Region → Administrative*.
2. Chọn **Change system locale** và chọn *Persian (Iran)*.
3. Khởi động lại máy.`,
  },
  'digits-instead-of-letters': {
    slug: 'go-chu-ra-so',
    title: 'Gõ chữ nhưng lại ra số',
    symptoms: ['ô tìm kiếm chỉ nhận số'],
    tags: ['bàn phím', 'nhập liệu'],
    body: `Nếu gõ chữ mà lại ra số, bố cục bàn phím đang dùng không phải loại chương trình cần.

- Chuyển ngôn ngữ bằng **Alt+Shift** hoặc **Win+Space**.
- Thêm bàn phím Ba Tư chuẩn trong *Settings → Time & language → Language*.
- Trên máy xách tay, hãy tắt **Num Lock**.`,
  },
  'where-is-my-serial-number': {
    slug: 'so-se-ri-o-dau',
    title: 'Tôi tìm số sê-ri ở đâu?',
    symptoms: ['khi đăng ký chương trình hỏi số sê-ri', 'bị mất số sê-ri'],
    tags: ['số sê-ri', 'đăng ký'],
    body: `Số sê-ri của bạn có ở:

- **thẻ bảo hành** trong hộp, cạnh số máy của máy tính đã kích hoạt;
- email xác nhận, nếu bạn mua bản tải về;
- trong chương trình ở *Help → About* sau khi đăng ký.

Nếu mất cả ba, hãy hỏi chúng tôi kèm tên và nơi mua.`,
  },
  'serial-number-not-accepted': {
    slug: 'so-se-ri-khong-duoc-chap-nhan',
    title: 'Số sê-ri không được chấp nhận',
    symptoms: ['báo Invalid serial number'],
    tags: ['số sê-ri', 'đăng ký'],
    body: `Nếu thấy **Invalid serial number**:

1. Kiểm tra các ký tự dễ nhầm: **0** và **O**, **1** và **I**.
2. Tự gõ thay vì dán; ký tự ẩn sẽ bị từ chối.
3. Chuyển bàn phím sang tiếng Anh khi gõ số sê-ri.`,
  },
  'network-edition-server-install': {
    slug: 'cai-ban-mang-len-may-chu',
    title: 'Cài bản mạng lên máy chủ',
    symptoms: ['cơ quan muốn một bản cài cho nhiều người dùng'],
    tags: ['mạng', 'máy chủ'],
    body: `Bản mạng được cài một lần lên máy chủ; các máy trong cơ quan dùng qua mạng nội bộ.

1. Chạy \`ServerSetup.exe\` trên máy chủ với quyền quản trị viên và chọn thư mục dữ liệu chung.
2. Chia sẻ thư mục đó ở chế độ chỉ đọc.
3. Trên mỗi máy, chạy \`ClientSetup.exe\` và nhập đường dẫn máy chủ.
4. Đăng ký máy chủ một lần bằng số sê-ri bản mạng.`,
  },
  'network-client-cannot-reach-server': {
    slug: 'khong-tim-thay-may-chu',
    title: 'Máy trạm báo "Server not found"',
    symptoms: ['máy trạm không kết nối được máy chủ'],
    tags: ['mạng', 'tường lửa'],
    body: `Máy trạm không kết nối được tới máy chủ của bản mạng.

- Kiểm tra máy chủ đang bật và dịch vụ đang chạy.
- Thử mở đường dẫn chia sẻ trong File Explorer.
- Mở **cổng TCP 7420** trên tường lửa của máy chủ.`,
  },
  'program-does-not-start': {
    slug: 'chuong-trinh-khong-khoi-dong',
    title: 'Chương trình không khởi động',
    symptoms: ['nhấp đúp biểu tượng nhưng không có gì xảy ra'],
    tags: ['khởi động'],
    body: `Nếu chương trình hoàn toàn không mở:

1. Khởi động lại máy.
2. Chạy một lần bằng **Run as administrator**.
3. Kiểm tra vùng cách ly của phần mềm diệt virus.
4. Sửa cài đặt trong *Settings → Apps → Repair*.`,
  },
};
