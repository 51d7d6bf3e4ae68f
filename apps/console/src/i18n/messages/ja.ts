import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { kbJa } from '../../knowledge-base/i18n/ja';
import { chatJa } from '../../chat/i18n/ja';
import { outboxJa } from '../../outbox/i18n/ja';
import { supervisorJa } from '../../supervisor/i18n/ja';
import { ticketsJa } from '../../tickets/i18n/ja';
import { bookingsNavJa } from '../../bookings/i18n/nav-messages';
import { staffSecurityJa } from '../../security/i18n/shell-messages';
import { callsNavJa } from '../../calls/i18n/nav-messages';
import { customersNavJa } from '../../customers/i18n/nav-messages';
import { patronsNavJa } from '../../patrons/i18n/nav-messages';
import { operationsNavJa } from '../../operations/i18n/nav-messages';
import { feedbackReportNavJa } from '../../feedback-report/i18n/nav-messages';
import { feedbackNavJa } from '../../feedback/i18n/nav-messages';

export const ja: MessageShape<typeof en> = {
  app: {
    title: 'Deskstream コンソール',
    mainNav: 'メイン',
  },
  signIn: {
    title: 'ログイン',
    intro: 'オペレーター、スーパーバイザー、製品チームはこちらからログインします。',
    username: 'ユーザー名',
    password: 'パスワード',
    submit: 'ログイン',
    submitting: 'ログイン中…',
    failed: 'ログインできませんでした。ユーザー名とパスワードを確認して、もう一度お試しください。',
  },
  presence: {
    switchLabel: 'オンライン',
    online: 'オンライン',
    offline: 'オフライン',
    shortcut: 'ショートカット: Alt+Shift+O',
    boardTitle: 'オンラインのオペレーター',
    boardIntro: '部署ごとのオンライン状況をリアルタイムで表示します。',
    agentsOnline: 'オンライン {count} 人',
    onlineSince: '{time} からオンライン',
    nobodyOnline: '現在この部署にオンラインの人はいません。',
    noDepartments: '部署はまだ登録されていません。',
    live: {
      idle: '未接続',
      connecting: '接続中…',
      connected: 'ライブ',
      reconnecting: '再接続中…',
    },
  },
  profile: {
    menu: 'プロフィールと設定',
    roles: '役割',
    departments: '部署',
    signOut: 'ログアウト',
    notifications: {
      enable: 'デスクトップ通知を有効にする',
      disable: 'デスクトップ通知をオフにする',
      on: 'このタブが隠れている間、新しいチャットとメンションをデスクトップに通知します。',
      blocked: 'このサイトのデスクトップ通知はブラウザーの設定でブロックされています。',
    },
  },
  readiness: {
    title: '最新の状態に追いついています…',
    body: '再起動のあと、最新の活動を読み込んでいます。一覧はそろい次第表示されます。',
  },
  kb: kbJa,
  chat: chatJa,
  outbox: outboxJa,
  supervisor: supervisorJa,
  tickets: ticketsJa,
  bookingsNav: bookingsNavJa,
  staffSecurity: staffSecurityJa,
  callsNav: callsNavJa,
  customersNav: customersNavJa,
  patronsNav: patronsNavJa,
  operationsNav: operationsNavJa,
  feedbackReportNav: feedbackReportNavJa,
  feedbackNav: feedbackNavJa,
  roles: {
    AGENT: 'オペレーター',
    SUPERVISOR: 'スーパーバイザー',
    ADMIN: '管理者',
    PRODUCT: '製品チーム',
  },
};
