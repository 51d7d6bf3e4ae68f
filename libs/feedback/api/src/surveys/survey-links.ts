/**
 * A survey invitation's secret link: its token is derived from the invitation id with the api's
 * link secret (HMAC-SHA256), so a mail queued again after a crash carries the same link; only the
 * token's sha256 is stored. Ids are derived from what the survey follows, so a retry finds them.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { eventIdFor } from '@deskstream/event-sourcing';

export class SurveyLinks {
  private readonly secret: Buffer;

  constructor(
    secret: string | undefined,
    private readonly publicOrigin: string | undefined,
  ) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  tokenFor(invitationId: string): string {
    return createHmac('sha256', this.secret).update(`survey-invitation/${invitationId}`).digest('base64url');
  }

  /** The portal's survey page for a token. */
  url(token: string): string {
    return `${(this.publicOrigin ?? '').replace(/\/+$/, '')}/survey/${token}`;
  }
}

export const surveyTokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** The satisfaction survey that follows a solved ticket or a wrapped-up call: one per conversation. */
export const satisfactionSurveyId = (kind: 'TICKET' | 'CALL', id: string): string =>
  eventIdFor(`satisfaction-survey/${kind}/${id}`, 0);

export const productSurveyId = (teamId: string, commandId: string): string =>
  eventIdFor(`product-survey/${teamId}/${commandId}`, 0);

export const invitationIdFor = (surveyId: string, email: string): string =>
  eventIdFor(`survey-invitation/${surveyId}/${email.toLowerCase()}`, 0);

export const invitationMailId = (invitationId: string): string => eventIdFor(`survey-mail/${invitationId}`, 0);

/** The feedback item a survey answer's comment becomes. */
export const surveyAnswerItemId = (invitationId: string): string =>
  eventIdFor(`feedback-survey-answer/${invitationId}`, 0);
