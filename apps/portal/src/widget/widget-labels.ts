/** The widget's own texts, in the four languages of the desk (the chat in its frame has the rest). */
export type WidgetLocale = 'fa' | 'en' | 'ja' | 'vi';

export interface WidgetLabels {
  /** The launcher while the panel is closed. */
  open: string;
  /** The launcher while it is open, and the panel's own close button. */
  close: string;
  /** The panel (a dialog) and the frame in it. */
  frame: string;
  /** The invitation's default text. */
  invite: string;
  /** Accepting the invitation. */
  inviteAccept: string;
  /** Dismissing it. */
  inviteDismiss: string;
  /** The panel's switch to the booking form (Book a Librarian), and back to the chat. */
  book: string;
  chat: string;
}

export const WIDGET_LABELS: Record<WidgetLocale, WidgetLabels> = {
  fa: {
    open: 'گفت‌وگو با کتابدار',
    close: 'بستن گفت‌وگو',
    frame: 'گفت‌وگو با کتابدار',
    invite: 'سلام! کتابداری آماده است تا در پیدا کردن آنچه می‌خواهید کمکتان کند.',
    inviteAccept: 'شروع گفت‌وگو',
    inviteDismiss: 'نه، سپاس',
    book: 'وقت مشاوره با کتابدار',
    chat: 'گفت‌وگو',
  },
  en: {
    open: 'Chat with a librarian',
    close: 'Close the chat',
    frame: 'Chat with a librarian',
    invite: 'Hello! A librarian is here to help you find what you are looking for.',
    inviteAccept: 'Start a chat',
    inviteDismiss: 'No, thanks',
    book: 'Book a librarian',
    chat: 'Chat',
  },
  ja: {
    open: '司書とチャット',
    close: 'チャットを閉じる',
    frame: '司書とチャット',
    invite: 'こんにちは。お探しのものを見つけるお手伝いを司書がいたします。',
    inviteAccept: 'チャットを始める',
    inviteDismiss: '結構です',
    book: '司書を予約',
    chat: 'チャット',
  },
  vi: {
    open: 'Trò chuyện với thủ thư',
    close: 'Đóng cuộc trò chuyện',
    frame: 'Trò chuyện với thủ thư',
    invite: 'Xin chào! Thủ thư sẵn sàng giúp bạn tìm điều bạn cần.',
    inviteAccept: 'Bắt đầu trò chuyện',
    inviteDismiss: 'Không, cảm ơn',
    book: 'Đặt lịch với thủ thư',
    chat: 'Trò chuyện',
  },
};

const isWidgetLocale = (language: string | undefined): language is WidgetLocale =>
  language === 'fa' || language === 'en' || language === 'ja' || language === 'vi';

/** The language asked for in `data-locale`, else the browser's first known one, else English. */
export function widgetLocale(given: string | undefined, languages: readonly string[]): WidgetLocale {
  for (const tag of [given ?? '', ...languages]) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isWidgetLocale(language)) return language;
  }
  return 'en';
}
