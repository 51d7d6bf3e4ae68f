/**
 * The saved replies of every department, folded from their events: what the reply box's
 * picker lists. Pure and in memory; kept by the chat read model and fed by chat's projection.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState } from '@deskstream/event-sourcing';
import type { SavedReplyEvent, StaffRef } from '@deskstream/chat-domain';

export interface SavedReplyRecord {
  id: string;
  departmentId: string;
  title: string;
  text: string;
  updatedAt: string;
  updatedBy: StaffRef;
}

export class SavedReplyBook {
  private readonly byDepartment = new Map<string, Map<string, SavedReplyRecord>>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ byDepartment: this.byDepartment });

  apply(event: SavedReplyEvent): boolean {
    switch (event.type) {
      case 'SavedReplyRemoved':
        return this.byDepartment.get(event.data.departmentId)?.delete(event.data.replyId) ?? false;
      case 'SavedReplySaved': {
        const { departmentId, replyId, title, text, savedBy, savedAt } = event.data;
        let replies = this.byDepartment.get(departmentId);
        if (!replies) this.byDepartment.set(departmentId, (replies = new Map()));
        replies.set(replyId, { id: replyId, departmentId, title, text, updatedAt: savedAt, updatedBy: savedBy });
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  /** The department's replies by title (a stable order whatever language the titles are in). */
  list(departmentId: string): SavedReplyRecord[] {
    return [...(this.byDepartment.get(departmentId)?.values() ?? [])].sort(
      (a, b) =>
        a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id),
    );
  }

  reply(departmentId: string, replyId: string): SavedReplyRecord | undefined {
    return this.byDepartment.get(departmentId)?.get(replyId);
  }
}
