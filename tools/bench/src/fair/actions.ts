/**
 * What the fair's players do, in time order: each action at its instant, after the earlier
 * actions that share one of its keys (a call's webhook events in turn, an agent one thing at a time,
 * a ticket's reply after its opening).
 */
import type { FairAgent } from './shifts';

export type RequesterType = 'publisher' | 'buyer';

export type FairAction =
  /** Sign in, go online. */
  | { kind: 'signIn'; at: number; keys: string[]; agent: FairAgent }
  /** Go offline, sign out. */
  | { kind: 'signOut'; at: number; keys: string[]; agent: FairAgent }
  /** A PBX webhook event, form-encoded as the PBX sends it. */
  | { kind: 'cti'; at: number; keys: string[]; pbxCallId: string; body: string }
  /** The answering agent wraps the call up with the caller's requester type. */
  | { kind: 'wrapUp'; at: number; keys: string[]; pbxCallId: string; agent: FairAgent; requesterType: RequesterType }
  /** A publisher or buyer sends the public web form. */
  | { kind: 'webForm'; at: number; keys: string[]; ticket: string; requesterType: RequesterType; address: string }
  /** A mail to the desk's address over SMTP. */
  | { kind: 'mail'; at: number; keys: string[]; ticket: string; from: string; subject: string; messageId: string }
  /** An agent types a letter from the fair's secretariat into the staff new-ticket form. */
  | { kind: 'letter'; at: number; keys: string[]; ticket: string; agent: FairAgent }
  /** An agent answers a ticket (web form or mail), solving it or waiting for the requester. */
  | { kind: 'reply'; at: number; keys: string[]; ticket: string; agent: FairAgent; solve: boolean };

export type FairActionKind = FairAction['kind'];
