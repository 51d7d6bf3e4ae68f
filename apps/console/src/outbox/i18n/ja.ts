import type { MessageShape } from '@deskstream/ui';
import type { outboxEn } from './en';

export const outboxJa: MessageShape<typeof outboxEn> = {
  nav: '送信トレイ',
  title: '送信トレイ',
  intro:
    '窓口が送るすべてのメールと、その送信状況です。フリーメールでは届かないことがあるため、メールサーバーに渡ったかどうかをここで確認できます。',
  filter: '表示',
  allStates: 'すべてのメール',
  refresh: '更新',
  refreshedAt: '{time} に更新（変更はすぐに反映されます）',
  empty: 'メールはありません。',
  attempts: '{attempts} / {max}',
  queuedAt: 'キュー登録 {time}',
  sentAt: '送信 {time}',
  nextAttemptAt: '次回試行 {time}',
  columns: {
    state: '状態',
    to: '宛先',
    subject: '件名',
    attempts: '試行',
    when: '日時',
    transport: '送信経路',
  },
  state: {
    QUEUED: '送信待ち',
    SENDING: '送信中',
    RETRYING: '再試行予定',
    SENT: '送信済み',
    FAILED: '失敗',
  },
  transport: {
    SMTP: 'メールサーバー（SMTP）',
    LOCAL_FILE: 'ローカルファイル（メールサーバー未設定）',
  },
  purpose: {
    offlineQuestion: 'オフラインの質問への回答',
  },
};
