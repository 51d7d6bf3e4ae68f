import type { MessageShape } from '@deskstream/ui';

/** Feedback the support unit files itself (`feedback.file.*`) and renaming a topic (`feedback.rename.*`). */
export const feedbackFileEn = {
  open: 'File feedback',
  title: 'File feedback',
  intro: 'The support unit’s own report, for example from testing a pre-release build. It goes to the triage queue.',
  text: 'What was found',
  language: 'Written in',
  submit: 'File it',
  cancel: 'Cancel',
  done: 'Filed.',
  empty: 'Say what was found.',
  tooLong: 'The text is at most {max} characters.',
};

export const feedbackFileFa: MessageShape<typeof feedbackFileEn> = {
  open: 'ثبت بازخورد',
  title: 'ثبت بازخورد',
  intro: 'گزارش خود واحد پشتیبانی، مثلاً از آزمایش یک نسخهٔ پیش از انتشار. به صف بررسی می‌رود.',
  text: 'چه چیزی پیدا شد',
  language: 'زبان نوشته',
  submit: 'ثبت',
  cancel: 'انصراف',
  done: 'ثبت شد.',
  empty: 'بنویسید چه چیزی پیدا شد.',
  tooLong: 'متن حداکثر {max} نویسه است.',
};

export const feedbackFileJa: MessageShape<typeof feedbackFileEn> = {
  open: 'フィードバックを登録',
  title: 'フィードバックを登録',
  intro: 'サポート部門自身の報告（例：リリース前ビルドのテスト結果）。トリアージキューに入ります。',
  text: '見つかった内容',
  language: '記述言語',
  submit: '登録',
  cancel: 'キャンセル',
  done: '登録しました。',
  empty: '見つかった内容を入力してください。',
  tooLong: 'テキストは最大 {max} 文字です。',
};

export const feedbackFileVi: MessageShape<typeof feedbackFileEn> = {
  open: 'Ghi nhận phản hồi',
  title: 'Ghi nhận phản hồi',
  intro: 'Báo cáo của chính bộ phận hỗ trợ, ví dụ khi thử một bản dựng trước phát hành. Nó vào hàng đợi phân loại.',
  text: 'Điều đã phát hiện',
  language: 'Ngôn ngữ viết',
  submit: 'Ghi nhận',
  cancel: 'Hủy',
  done: 'Đã ghi nhận.',
  empty: 'Hãy nêu điều đã phát hiện.',
  tooLong: 'Văn bản tối đa {max} ký tự.',
};

export const feedbackRenameEn = {
  title: 'Rename the topic',
  label: 'Title',
  submit: 'Rename',
  done: 'Renamed.',
  empty: 'A topic needs a title.',
  tooLong: 'A title is at most {max} characters.',
};

export const feedbackRenameFa: MessageShape<typeof feedbackRenameEn> = {
  title: 'تغییر نام موضوع',
  label: 'عنوان',
  submit: 'تغییر نام',
  done: 'نام تغییر کرد.',
  empty: 'موضوع عنوان لازم دارد.',
  tooLong: 'عنوان حداکثر {max} نویسه است.',
};

export const feedbackRenameJa: MessageShape<typeof feedbackRenameEn> = {
  title: 'トピック名を変更',
  label: 'タイトル',
  submit: '名前を変更',
  done: '変更しました。',
  empty: 'トピックにはタイトルが必要です。',
  tooLong: 'タイトルは最大 {max} 文字です。',
};

export const feedbackRenameVi: MessageShape<typeof feedbackRenameEn> = {
  title: 'Đổi tên chủ đề',
  label: 'Tiêu đề',
  submit: 'Đổi tên',
  done: 'Đã đổi tên.',
  empty: 'Chủ đề cần có tiêu đề.',
  tooLong: 'Tiêu đề tối đa {max} ký tự.',
};
