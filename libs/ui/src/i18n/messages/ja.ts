import type { en } from './en';
import type { MessageShape } from './shape';

export const ja: MessageShape<typeof en> = {
  locale: {
    label: '言語',
  },
  common: {
    loading: '読み込み中…',
    retry: 'もう一度試す',
    skipToContent: 'メインコンテンツへ移動',
    comingSoon: '近日公開',
  },
  errors: {
    UNAUTHENTICATED: 'セッションが終了しました。もう一度ログインしてください。',
    FORBIDDEN: 'この操作を行う権限がありません。',
    VALIDATION_ERROR: '入力内容に誤りがあります。確認してもう一度お試しください。',
    CONFLICT: '同時に他の人が変更しました。もう一度お試しください。',
    NOT_FOUND: '該当する項目が見つかりません。',
    RATE_LIMITED: '試行回数が多すぎます。数分待ってからもう一度お試しください。',
    READ_MODEL_BEHIND:
      '変更は保存されましたが、サーバーが混み合っているためまだ表示できません。もう一度お試しください。二重に保存されることはありません。',
    NETWORK_ERROR: 'サーバーに接続できません。接続を確認してもう一度お試しください。',
    UNKNOWN: '問題が発生しました。もう一度お試しください。',
  },
};
