import { keptState } from '@deskstream/event-sourcing';

/** Which chats and offline questions each visitor email asked, for the visitor's history. */
export class VisitorHistoryIndex {
  private readonly byEmail = new Map<string, { chats: Set<string>; questions: Set<string> }>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ byEmail: this.byEmail });

  remember(email: string | null, kind: 'chats' | 'questions', id: string): void {
    if (!email) return;
    const key = email.toLowerCase();
    let entry = this.byEmail.get(key);
    if (!entry) this.byEmail.set(key, (entry = { chats: new Set(), questions: new Set() }));
    entry[kind].add(id);
  }

  /** The ids of the chats and questions of this email (any case). */
  of(email: string): { chats: ReadonlySet<string>; questions: ReadonlySet<string> } {
    return this.byEmail.get(email.trim().toLowerCase()) ?? { chats: new Set(), questions: new Set() };
  }
}
