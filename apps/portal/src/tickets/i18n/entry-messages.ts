import type { MessageShape } from '@deskstream/ui';

/**
 * The few ticket texts the portal needs before a ticket page is opened (the home page's card, the
 * link from the chat when nobody is online, the pages' titles in the tab); the rest comes with the
 * pages (`tickets.*`).
 */
export const ticketEntryEn = {
  title: 'Send us a request',
  linkTitle: 'Your request',
  homeBody:
    'Questions that can wait, problems with a product, a registration or an order: write to us, attach files, and follow the answer through your private link.',
  homeLink: 'Write a request',
  chatOffline: 'Or send a request with files attached, and follow it through a private link.',
  chatOfflineLink: 'Write a request instead',
};

export const ticketEntryFa: MessageShape<typeof ticketEntryEn> = {
  title: 'ارسال درخواست',
  linkTitle: 'درخواست شما',
  homeBody:
    'پرسش‌هایی که می‌توانند صبر کنند، مشکل در نرم‌افزار، ثبت‌نام یا سفارش: برای ما بنویسید، پرونده پیوست کنید و پاسخ را با پیوند خصوصی خود دنبال کنید.',
  homeLink: 'نوشتن درخواست',
  chatOffline: 'یا درخواستی با پرونده‌های پیوست بفرستید و آن را با پیوندی خصوصی دنبال کنید.',
  chatOfflineLink: 'به‌جای آن درخواست بنویسید',
};

export const ticketEntryJa: MessageShape<typeof ticketEntryEn> = {
  title: 'お問い合わせを送る',
  linkTitle: 'お問い合わせ',
  homeBody:
    '急ぎでない質問、製品・登録・注文についての問題など。ファイルを添付して送り、専用リンクで回答を確認できます。',
  homeLink: 'お問い合わせを書く',
  chatOffline: 'ファイルを添付したお問い合わせを送り、専用リンクで経過を確認することもできます。',
  chatOfflineLink: 'お問い合わせフォームへ',
};

export const ticketEntryVi: MessageShape<typeof ticketEntryEn> = {
  title: 'Gửi yêu cầu',
  linkTitle: 'Yêu cầu của bạn',
  homeBody:
    'Câu hỏi không gấp, sự cố với sản phẩm, việc đăng ký hay đơn hàng: hãy viết cho chúng tôi, đính kèm tệp và theo dõi câu trả lời qua đường liên kết riêng.',
  homeLink: 'Viết yêu cầu',
  chatOffline: 'Hoặc gửi yêu cầu kèm tệp và theo dõi qua đường liên kết riêng.',
  chatOfflineLink: 'Viết yêu cầu thay thế',
};
