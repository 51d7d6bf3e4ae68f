/**
 * Mail loops: one sender writing more than the limit within the window (another desk's
 * autoresponder that does not say so, a script) gets no more tickets for a while; the mail is
 * kept, the outcome SENDER_LIMITED. Over the shared flood guard, per sender address.
 */
import { FloodGuard } from '@deskstream/access';
import { SENDER_LIMIT } from '@deskstream/tickets-domain';

export class SenderLimit {
  private readonly guard: FloodGuard<'mail'>;

  constructor(limit: { max: number; windowMs: number } = SENDER_LIMIT) {
    this.guard = new FloodGuard({ mail: limit }, 50_000);
  }

  /** Counts one mail from the sender; false when the sender is over the limit. */
  allow(sender: string, at: Date): boolean {
    return this.guard.allow('mail', sender, at.getTime());
  }
}
