/**
 * "Was this helpful?" and "not answered? ask us" without leaving the page: the forms post to the
 * server without JavaScript; here they go through the knowledge base's GraphQL mutations and
 * answer in place. A question keeps its command id until it is accepted, so sending it twice
 * (a double click, a retry after a network error) records it once.
 */
import { errorMessage, type KbConfig } from './config';
import { newCommandId, postGraphql } from './graphql';
import { AskMutation, VoteMutation } from './operations';

const statusOf = (form: HTMLFormElement) => form.querySelector<HTMLElement>('.kb-form-status');
const setBusy = (form: HTMLFormElement, busy: boolean) => {
  for (const button of form.querySelectorAll('button')) button.disabled = busy;
};

export function enhanceVote(form: HTMLFormElement, config: KbConfig): void {
  const articleId = form.dataset['articleId'];
  if (!articleId) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const helpful = submitter?.value !== 'no';
    const status = statusOf(form);
    setBusy(form, true);
    if (status) status.textContent = config.texts.sending;
    // A "not helpful" vote carries what the visitor wrote in the comment box, if anything.
    const comment = helpful
      ? null
      : form.querySelector<HTMLTextAreaElement>('textarea[name="comment"]')?.value.trim() || null;
    void postGraphql(config.graphqlPath, VoteMutation, { id: articleId, helpful, comment }).then((outcome) => {
      if (outcome.ok) {
        for (const button of form.querySelectorAll('button')) button.hidden = true;
        const box = form.querySelector<HTMLElement>('.kb-helpful__comment');
        if (box) box.hidden = true;
        if (status) status.textContent = config.texts.voteThanks;
        return;
      }
      setBusy(form, false);
      if (status)
        status.textContent =
          outcome.reason === 'network' || outcome.reason === 'unknown'
            ? config.texts.voteFailed
            : errorMessage(config.texts, outcome.reason);
    });
  });
}

export function enhanceAsk(form: HTMLFormElement, config: KbConfig): void {
  let commandId = newCommandId();
  let sending = false;
  form.addEventListener('input', () => {
    if (!sending) commandId = newCommandId();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const status = statusOf(form);
    sending = true;
    setBusy(form, true);
    status?.classList.remove('is-error');
    if (status) status.textContent = config.texts.sending;
    const input = {
      question: text('question'),
      name: text('name') || null,
      email: text('email') || null,
      locale: config.locale,
      articleId: text('articleId') || null,
      searchQuery: text('searchQuery') || null,
      commandId,
    };
    void postGraphql(config.graphqlPath, AskMutation, { input }).then((outcome) => {
      sending = false;
      setBusy(form, false);
      if (outcome.ok) {
        form.reset();
        commandId = newCommandId();
        if (status) status.textContent = config.texts.askThanks;
        return;
      }
      status?.classList.add('is-error');
      if (status) status.textContent = errorMessage(config.texts, outcome.reason);
    });
  });
}
