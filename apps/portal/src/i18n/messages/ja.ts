import type { MessageShape } from '@deskstream/ui';
import type { en } from './en';
import { chatJa } from '../../chat/messages/ja';

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
      body: 'インストール時のエラー 1603 など、よくある問題やエラーコードの回答を検索できます。検索はすべての言語に対応する予定です。',
    },
    ask: {
      title: '質問する',
      body: 'お名前とメールアドレスを添えて質問を送ってください。質問が失われることはありません。担当者が不在の場合は、メールで回答します。',
    },
    chat: {
      title: 'チャットで相談',
      body: '担当部署の司書やサポート担当者とリアルタイムで話せます。',
    },
  },
  chat: chatJa,
  kb: {
    homeLink: 'ナレッジベースを開く',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスには何もありません。',
  },
};
