/**
 * The answer to an offline question as a mail the visitor reads in their language: from the
 * question's locale when their page said it, else the desk's. It greets them by name, as each
 * language does (Persian with its own comma «،»), gives the answer, signs with the agent, the
 * department and the library (each named in that language), and quotes the question.
 */
export const MAIL_LOCALES = ['fa', 'en', 'ja', 'vi'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export const isMailLocale = (value: string | null | undefined): value is MailLocale =>
  (MAIL_LOCALES as readonly (string | null | undefined)[]).includes(value);

/** A name in each language; a missing one falls back to English, then to any. */
export type Names = Partial<Record<MailLocale, string>>;

/** What the desk says about itself in its mail. */
export interface DeskMailSettings {
  /** The desk's language: the answer's when the question's is not known. */
  locale: MailLocale;
  /** The library's name, in each language it has one; unset: "the library" in the mail's language. */
  libraryName?: Names;
}

const LIBRARY: Record<MailLocale, string> = { fa: 'کتابخانه', en: 'the Library', ja: '図書館', vi: 'Thư viện' };

const WORDING: Record<
  MailLocale,
  {
    greeting: (name: string) => string;
    intro: (department: string, library: string) => string;
    question: string;
    signature: (agent: string, department: string, library: string) => string;
  }
> = {
  en: {
    greeting: (name) => `Dear ${name},`,
    intro: (department, library) => `Thank you for your question to ${department} at ${library}. Here is our answer:`,
    question: 'Your question:',
    signature: (agent, department, library) => `${agent}\n${department}, ${library}`,
  },
  fa: {
    greeting: (name) => `${name} گرامی،`,
    intro: (department, library) => `از پرسش شما از بخش ${department} ${library} سپاسگزاریم. پاسخ ما:`,
    question: 'پرسش شما:',
    signature: (agent, department, library) => `${agent}\nبخش ${department}، ${library}`,
  },
  ja: {
    greeting: (name) => `${name} 様`,
    intro: (department, library) =>
      `${library} ${department} へのお問い合わせありがとうございます。回答は次のとおりです。`,
    question: 'お問い合わせ内容:',
    signature: (agent, department, library) => `${agent}\n${library} ${department}`,
  },
  vi: {
    greeting: (name) => `Kính gửi ${name},`,
    intro: (department, library) =>
      `Cảm ơn bạn đã gửi câu hỏi tới ${department}, ${library}. Đây là câu trả lời của chúng tôi:`,
    question: 'Câu hỏi của bạn:',
    signature: (agent, department, library) => `${agent}\n${department}, ${library}`,
  },
};

const nameIn = (names: Names | undefined, locale: MailLocale): string | undefined =>
  names?.[locale] ?? names?.en ?? Object.values(names ?? {})[0];

/** The mail's text. */
export function answerMailText(options: {
  locale: string | null;
  settings: DeskMailSettings;
  visitorName: string;
  answer: string;
  agentName: string;
  departmentNames: Names | undefined;
  departmentId: string;
  question: string;
}): string {
  const locale = isMailLocale(options.locale) ? options.locale : options.settings.locale;
  const words = WORDING[locale];
  const library = nameIn(options.settings.libraryName, locale) ?? LIBRARY[locale];
  const department = nameIn(options.departmentNames, locale) ?? options.departmentId;
  const quoted = options.question
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return `${words.greeting(options.visitorName)}\n\n${words.intro(department, library)}\n\n${options.answer}\n\n— ${words.signature(options.agentName, department, library)}\n\n${words.question}\n${quoted}\n`;
}
