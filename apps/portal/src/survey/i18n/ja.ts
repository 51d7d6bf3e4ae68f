import type { MessageShape } from '@deskstream/ui';
import type { surveyEn } from './en';

export const surveyJa: MessageShape<typeof surveyEn> = {
  heading: 'ご意見をお聞かせください',
  satisfactionIntro: '最近サポートをご利用いただきました。ワンクリックで感想をお聞かせください。',
  productIntro: '{product} の開発チームからの簡単な質問です。',
  ratingLegend: '評価',
  ratingLabels: { r1: 'とても不満', r2: '不満', r3: 'どちらでもない', r4: '満足', r5: 'とても満足' },
  comment: 'ほかにご意見はありますか？（任意）',
  commentHint: '良かった点、良くなかった点、ご要望など。{max} 文字まで。',
  send: '回答を送る',
  sending: '送信中…',
  chooseRating: 'まず評価を選んでください。',
  thanks: 'ありがとうございました。回答を受け付けました。',
  yourRating: 'あなたの評価：{max} 段階中 {n}',
  yourComment: 'あなたのコメント',
  loading: 'アンケートを読み込んでいます…',
  notFoundTitle: 'アンケートが見つかりません',
  notFound: 'このアンケートのリンクは無効です。入力の誤りか、途中で切れている可能性があります。',
  failed: 'アンケートを読み込めませんでした。接続を確認して、もう一度お試しください。',
  retry: '再試行',
  errors: {
    FEEDBACK_SURVEY_ALREADY_ANSWERED: 'このアンケートはすでに回答済みです。ありがとうございました。',
    FEEDBACK_SURVEY_NOT_FOUND: 'このアンケートのリンクは無効です。',
    FEEDBACK_SURVEY_RATE_LIMITED: '試行回数が多すぎます。1分ほど待ってからもう一度お試しください。',
    FEEDBACK_SURVEY_COMMENT_TOO_LONG: 'コメントが長すぎます。',
  },
};
