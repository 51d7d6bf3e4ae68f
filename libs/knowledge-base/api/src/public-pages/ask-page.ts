/**
 * "Ask us" on a page of its own: where a question sent without JavaScript comes back to when it
 * was refused (with what the reader wrote and why), and a plain address for the form.
 */
import { askForm, type AskFormInput } from './components';
import { renderLayout, type RenderContext } from './layout';
import { PAGE_TEXTS } from './texts/index';
import { askPath } from './urls';

export function renderAskPage(form: AskFormInput, context: RenderContext): string {
  const texts = PAGE_TEXTS[form.locale];
  return renderLayout(
    {
      locale: form.locale,
      title: texts.ask.title,
      description: texts.ask.intro,
      canonicalPath: form.error || form.asked ? undefined : askPath(form.locale),
      main: askForm({ ...form, level: 1 }),
    },
    context,
  );
}
