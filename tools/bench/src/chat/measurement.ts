/**
 * What the benchmark's visitors and agents share while they talk: whether messages are being
 * sent and whether they count, one ledger per direction, mutation latencies and errors by
 * operation and code.
 */
import { DeliveryLedger } from './delivery-ledger';

export type Operation =
  | 'requestChat'
  | 'acceptChat'
  | 'sendVisitorMessage'
  | 'sendMessage'
  | 'signIn'
  | 'setPresence'
  | 'subscription'
  | 'connection';

export class Measurement {
  /** Visitors and agents send while this is true (warm-up, then the measured window). */
  sending = false;
  /** Sends started while this is true give the figures. */
  measuring = false;
  readonly visitorToAgent = new DeliveryLedger();
  readonly agentToVisitor = new DeliveryLedger();
  readonly mutationMs: { sendVisitorMessage: number[]; sendMessage: number[] } = {
    sendVisitorMessage: [],
    sendMessage: [],
  };
  private readonly errorCounts = new Map<string, number>();
  private readonly errorsMeasured = new Map<string, number>();
  private readonly firstMessages = new Map<string, string>();

  error(operation: Operation, code: string, message?: string): void {
    const key = `${operation}: ${code}`;
    if (message !== undefined && !this.firstMessages.has(key)) this.firstMessages.set(key, message.slice(0, 300));
    this.errorCounts.set(key, (this.errorCounts.get(key) ?? 0) + 1);
    if (this.measuring) this.errorsMeasured.set(key, (this.errorsMeasured.get(key) ?? 0) + 1);
  }

  /** Every error of the run, those of the measured window, by operation and code, and the first message of each. */
  errors(): { all: Record<string, number>; measured: Record<string, number>; firstMessages: Record<string, string> } {
    return {
      all: Object.fromEntries(this.errorCounts),
      measured: Object.fromEntries(this.errorsMeasured),
      firstMessages: Object.fromEntries(this.firstMessages),
    };
  }
}
