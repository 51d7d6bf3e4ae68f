import { outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { SURVEY_LIMITS } from '@deskstream/feedback-domain';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { AnswerSurveyMutation, SurveyInvitationQuery, type SurveyInvitationView } from './survey-operations';

export type SurveyState = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';

/** A link token as the api makes them (base64url); anything else is not looked up. */
export const isSurveyToken = (token: string | null): token is string =>
  token !== null && /^[A-Za-z0-9_-]{20,200}$/.test(token);

/**
 * One survey invitation reached through its secret link: read it and answer it once (a rating of
 * 1–5 and an optional comment). A slow answer to an older load never replaces a newer one.
 */
export const useSurveyStore = defineStore('survey', () => {
  const connection = useGraphqlConnection();
  const token = ref<string | null>(null);
  const invitation = shallowRef<SurveyInvitationView | null>(null);
  const state = ref<SurveyState>('idle');
  const rating = ref<number | null>(null);
  const comment = ref('');
  const sending = ref(false);
  const error = ref<Failure | null>(null);
  let loads = 0;

  async function load(linkToken: string | null): Promise<void> {
    if (linkToken !== token.value) {
      invitation.value = null;
      rating.value = null;
      comment.value = '';
      error.value = null;
    }
    token.value = linkToken;
    if (!isSurveyToken(linkToken)) {
      state.value = 'not-found';
      return;
    }
    const mine = ++loads;
    if (!invitation.value) state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client
        .query(SurveyInvitationQuery, { token: linkToken }, { requestPolicy: 'network-only' })
        .toPromise(),
    );
    if (mine !== loads || token.value !== linkToken) return;
    if (!outcome.ok) {
      if (!invitation.value) state.value = 'error';
      return;
    }
    invitation.value = outcome.data.surveyInvitation ?? null;
    state.value = invitation.value ? 'ready' : 'not-found';
  }

  async function submit(): Promise<boolean> {
    const linkToken = token.value;
    if (!linkToken || rating.value === null || sending.value) return false;
    const text = comment.value.trim();
    if ([...text].length > SURVEY_LIMITS.commentLength) return false;
    sending.value = true;
    error.value = null;
    const mine = ++loads;
    const outcome = await outcomeOf(
      connection.client
        .mutation(AnswerSurveyMutation, { token: linkToken, rating: rating.value, comment: text || null })
        .toPromise(),
    );
    sending.value = false;
    if (mine !== loads || token.value !== linkToken) return false;
    if (!outcome.ok) {
      error.value = { code: outcome.code, reason: outcome.reason };
      return false;
    }
    invitation.value = outcome.data.answerSurvey;
    return true;
  }

  return { token, invitation, state, rating, comment, sending, error, load, submit };
});
