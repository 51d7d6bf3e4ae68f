import { errorMessageKey, textIn, useFormat, useLocale, type Failure } from '@deskstream/ui';
import { useI18n } from 'vue-i18n';
import type { Department, TranscriptEntry } from './operations';

/** The chat's texts in the visitor's language: errors, notices, who wrote what, times. */
export function useChatTexts() {
  const { t, te } = useI18n();
  const format = useFormat();
  const { locale } = useLocale();

  function failure(failed: Failure): string {
    const specific = failed.reason ? `chat.errors.${failed.reason}` : null;
    return specific && te(specific) ? t(specific) : t(errorMessageKey(failed.code));
  }

  /**
   * A notice in the visitor's language, from its kind and whom it is about (the api's English
   * `text` is only for a notice the portal does not know).
   */
  function notice(entry: TranscriptEntry): string {
    const name = entry.subject?.name;
    switch (entry.notice) {
      case 'ACCEPTED':
        return name ? t('chat.notice.accepted', { name }) : t('chat.notice.acceptedSomeone');
      case 'TRANSFERRED':
        return t('chat.notice.transferred');
      case 'CLOSED_BY_VISITOR':
        return t('chat.notice.closedByVisitor');
      case 'CLOSED_BY_AGENT':
        return name ? t('chat.notice.closedByAgent', { name }) : t('chat.notice.closedByAgentSomeone');
      default:
        return entry.text;
    }
  }

  /** Who wrote an entry, as the visitor reads it; empty for notices. */
  function author(entry: TranscriptEntry): string {
    if (entry.kind === 'NOTICE' || entry.author.kind === 'SYSTEM') return '';
    if (entry.author.kind === 'VISITOR') return t('chat.conversation.you');
    return entry.author.name || t('chat.conversation.librarian');
  }

  return {
    failure,
    notice,
    author,
    time: (at: string) => format.time(at),
    dateTime: (at: string) => format.dateTime(at),
    number: (value: number) => format.number(value),
    departmentName: (department: Department | null) => (department ? textIn(department.name, locale.value) : ''),
  };
}
