import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { chatJa } from '../../chat/messages/ja';
import { bookingEntryJa } from '../../bookings/i18n/entry-messages';
import { ticketEntryJa } from '../../tickets/i18n/entry-messages';
import { accountEntryJa } from '../../account/i18n/entry-messages';

export const ja: MessageShape<typeof en> = {
  portal: {
    title: 'Deskstream ヘルプ',
    tagline: '回答、質問、ライブサポートをひとつの場所で。',
    homeLink: 'ホーム',
    footer: 'Deskstream · {year}',
  },
  home: {
    title: 'どのようなご用件ですか？',
    intro: '自分で答えを探す、質問を送る、または今すぐ担当者と話すことができます。',
    knowledgeBase: {
      title: 'ナレッジベース',
      body: 'インストール時のエラー 1603 など、よくある問題やエラーコードの回答です。どの言語でも、ペルシア数字でもラテン数字でも検索できます。',
      searchLabel: 'ナレッジベースを検索',
      searchPlaceholder: 'エラーコードやキーワード（例: 1603）',
      searchButton: '検索',
    },
    ask: {
      title: '質問する',
      body: '質問を書いてください。担当者が回答します。メールアドレスを残せばメールで届きます。送った内容が失われることはありません。',
      link: '質問を送る',
    },
    chat: {
      title: 'チャットで相談',
      body: '担当部署の司書やサポート担当者とリアルタイムで話せます。誰もオンラインでないときは、そこで質問を残せばメールで回答が届きます。',
    },
  },
  chat: chatJa,
  booking: bookingEntryJa,
  ticket: ticketEntryJa,
  account: accountEntryJa,
  kb: {
    homeLink: 'ナレッジベースを開く',
  },
  survey: {
    title: 'ご意見をお聞かせください',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスには何もありません。移動したか、リンクが間違っている可能性があります。',
    where: 'ここから行ける場所',
  },
};
