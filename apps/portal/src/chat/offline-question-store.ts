import { localeControlKey, newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { inject, ref } from 'vue';
import { useChatFormStore } from './chat-form-store';
import { AskOfflineQuestionMutation } from './operations';

/**
 * A question left for an answer by email when nobody is online in the department. A retry of the
 * same question (same department, email and text) keeps its client request id, so it is written once.
 */
export const useOfflineQuestionStore = defineStore('offline-question', () => {
  const connection = useGraphqlConnection();
  const form = useChatFormStore();
  // The answer mail is written in the language of the page the question was asked on.
  const pageLocale = inject(localeControlKey, null)?.locale;

  const sending = ref(false);
  const error = ref<Failure | null>(null);
  const receipt = ref<{ id: string; email: string } | null>(null);
  let request: { id: string; content: string } | null = null;

  async function ask(): Promise<void> {
    const departmentId = form.departmentId;
    if (!departmentId || sending.value) return;
    sending.value = true;
    error.value = null;
    const email = form.draft.email.trim();
    const question = form.draft.question;
    const content = JSON.stringify([departmentId, email, question]);
    if (request?.content !== content) request = { id: newCommandId(), content };
    const outcome = await outcomeOf(
      connection.client
        .mutation(AskOfflineQuestionMutation, {
          input: {
            clientRequestId: request.id,
            departmentId,
            name: form.draft.name.trim(),
            email,
            question,
            locale: pageLocale?.value ?? null,
          },
        })
        .toPromise(),
    );
    sending.value = false;
    if (outcome.ok) {
      receipt.value = { id: outcome.data.askOfflineQuestion.id, email };
      form.draft.question = '';
      request = null;
    } else {
      error.value = { code: outcome.code, reason: outcome.reason };
    }
  }

  /** Back to the form for another question. */
  function askAnother(): void {
    reset();
    void form.checkAvailability();
  }

  function reset(): void {
    receipt.value = null;
    error.value = null;
  }

  return { sending, error, receipt, ask, askAnother, reset };
});
