/**
 * The reference desk's read model, folded from chat and question events: every chat with its
 * full transcript, indexed as the pending queue per department, active chats per agent and
 * history per visitor email; offline questions; and the per-day figures. Pure and in memory.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState, type KeptState } from '@deskstream/event-sourcing';
import {
  CHAT_MAIL_PURPOSES,
  isGoodRating,
  type ChatEvent,
  type QuestionEvent,
  type StaffRef,
} from '@deskstream/chat-domain';
import { ChatArchive } from './chat-archive';
import { requestedChat, type ChatRecord } from './chat-record';
import { DailyCounts } from './daily-counts';
import { OfflineQuestionBook, type QuestionRecord } from './offline-questions';
import { SavedReplyBook } from './saved-replies-read-model';
import { VisitorHistoryIndex } from './visitor-history';
import { entryFor, type TranscriptEntry } from './transcript';

export type { ChatRecord, ChatStatus } from './chat-record';

/** How the desk counts and names: the organisation's time zone, and every name of a department. */
export interface ChatReadModelOptions {
  departmentName?: (id: string) => string;
  departmentNames?: (id: string) => readonly string[];
  timeZone?: string;
}

const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
};

export class ChatReadModel {
  readonly daily: DailyCounts;
  readonly archive: ChatArchive;
  /** Each department's saved replies (fed by chat's projection with their own events). */
  readonly savedReplies = new SavedReplyBook();
  private readonly chats = new Map<string, ChatRecord>();
  private readonly questions = new OfflineQuestionBook();
  private readonly pendingByDepartment = new Map<string, Set<string>>();
  private readonly activeByAgent = new Map<string, Set<string>>();
  private readonly history = new VisitorHistoryIndex();
  private readonly queueVersions = new Map<string, number>();
  /** Its state for durable snapshots (the archive's folded texts are a cache, folded again as searched). */
  readonly kept: KeptState;

  /** `departmentName` names a department in transfer notices (English, as the notices are). */
  private readonly departmentName: (id: string) => string;

  constructor(options: ChatReadModelOptions | ((id: string) => string) = {}) {
    const settings = typeof options === 'function' ? { departmentName: options } : options;
    this.departmentName = settings.departmentName ?? ((id) => id);
    const names = settings.departmentNames ?? ((id: string) => [this.departmentName(id)]);
    this.daily = new DailyCounts(settings.timeZone);
    this.archive = new ChatArchive(
      () => this.chats.values(),
      names,
      (iso) => this.daily.dayOf(iso),
    );
    this.kept = keptState({
      chats: this.chats,
      questions: this.questions.kept,
      pendingByDepartment: this.pendingByDepartment,
      activeByAgent: this.activeByAgent,
      history: this.history.kept,
      queueVersions: this.queueVersions,
      savedReplies: this.savedReplies.kept,
      daily: this.daily.kept,
    });
  }

  apply(event: ChatEvent | QuestionEvent): boolean {
    if (event.type === 'OfflineQuestionAsked' || event.type === 'OfflineQuestionAnswered')
      return this.applyQuestion(event);
    if (event.type === 'ChatRequested') {
      const { chatId, visitor, requestedAt } = event.data;
      if (this.chats.has(chatId)) return false;
      const chat = requestedChat(event);
      this.chats.set(chatId, chat);
      this.addEntry(chat, event);
      this.enqueue(chat);
      this.history.remember(visitor.email, 'chats', chatId);
      this.daily.chatStarted(requestedAt);
      return true;
    }
    const chat = this.chats.get(event.data.chatId);
    if (!chat) return false;
    this.archive.touched(chat.id);
    switch (event.type) {
      case 'ChatAccepted':
        this.dequeue(chat);
        if (chat.acceptedAt === null)
          this.daily.chatAnswered(chat.requestedAt, event.data.acceptedAt, event.data.agent.id);
        chat.acceptedAt ??= event.data.acceptedAt;
        this.assign(chat, event.data.agent);
        break;
      case 'MessagePosted':
        if (event.data.author.kind === 'agent' && chat.firstResponseAt === null) {
          chat.firstResponseAt = event.data.postedAt;
          this.daily.firstResponse(chat.requestedAt, event.data.postedAt);
        }
        if (event.data.author.kind === 'visitor') chat.visitorAwaySince = null;
        break;
      case 'ChatNoteAdded':
        break;
      case 'ChatRated': {
        if (chat.rating) return false;
        const { score, comment, agent, ratedAt } = event.data;
        chat.rating = { score, good: isGoodRating(score), comment, ratedAt, agentId: agent?.id ?? null };
        this.daily.chatRated(chat.requestedAt, score, agent?.id ?? null);
        return true;
      }
      case 'ChatVisitorLeft':
        chat.visitorAwaySince = event.data.leftAt;
        return true;
      case 'ChatVisitorReturned':
        chat.visitorAwaySince = null;
        return true;
      case 'ChatTransferred': {
        const { to } = event.data;
        this.dequeue(chat);
        if (to.kind === 'department') {
          this.assign(chat, null);
          chat.departmentId = to.departmentId;
          chat.waitingSince = event.data.transferredAt;
          this.enqueue(chat);
        } else this.assign(chat, { id: to.id, name: to.name });
        break;
      }
      case 'ChatClosedByVisitor':
      case 'ChatClosedByAgent':
      case 'ChatAbandoned':
        if (chat.status === 'CLOSED') return false;
        if (chat.acceptedAt === null) this.daily.chatMissed(chat.requestedAt, event.type === 'ChatAbandoned');
        this.dequeue(chat);
        this.assign(chat, chat.agent, false);
        chat.status = 'CLOSED';
        chat.closedAt = event.type === 'ChatAbandoned' ? event.data.abandonedAt : event.data.closedAt;
        chat.closedBy =
          event.type === 'ChatClosedByVisitor' ? 'VISITOR' : event.type === 'ChatAbandoned' ? 'VISITOR_LEFT' : 'AGENT';
        chat.closeReason = event.type === 'ChatClosedByAgent' ? event.data.reason : null;
        chat.visitorAwaySince = null;
        break;
      default:
        return assertNever(event);
    }
    this.addEntry(chat, event);
    return true;
  }

  chat(id: string): ChatRecord | undefined {
    return this.chats.get(id);
  }

  /** The transcript entry with this id (a message id, or `<chatId>/<n>` for the others). */
  entry(chatId: string, entryId: string): TranscriptEntry | undefined {
    return this.chats.get(chatId)?.transcript.find((entry) => entry.id === entryId);
  }

  /** Waiting chats of these departments (all when none are named), the longest waiting first. */
  pending(departmentIds?: readonly string[]): ChatRecord[] {
    const ids = departmentIds ?? [...this.pendingByDepartment.keys()];
    const chats = ids.flatMap((id) =>
      [...(this.pendingByDepartment.get(id) ?? [])].map((chatId) => this.chats.get(chatId)!),
    );
    return chats.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.id.localeCompare(b.id));
  }

  /** 1 for the chat answered next in its department; null once it is not waiting. */
  queuePosition(chat: ChatRecord): number | null {
    if (chat.status !== 'PENDING') return null;
    return this.pending([chat.departmentId]).findIndex((each) => each.id === chat.id) + 1;
  }

  activeFor(agentId: string): ChatRecord[] {
    return [...(this.activeByAgent.get(agentId) ?? [])]
      .map((id) => this.chats.get(id)!)
      .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  }

  /** Every agent holding chats now, with how many. */
  loads(): Map<string, number> {
    return new Map([...this.activeByAgent].map(([agentId, chats]) => [agentId, chats.size]));
  }

  active(): ChatRecord[] {
    return [...this.activeByAgent.values()].flatMap((ids) => [...ids].map((id) => this.chats.get(id)!));
  }

  /** Goes up whenever the department's pending queue changed. */
  queueVersion(departmentId: string): number {
    return this.queueVersions.get(departmentId) ?? 0;
  }

  /** Every department that has had a queue. */
  queueDepartments(): string[] {
    return [...this.queueVersions.keys()];
  }

  question(id: string): QuestionRecord | undefined {
    return this.questions.question(id);
  }

  /** Offline questions of these departments (all when none are named), oldest first. */
  offlineQuestions(status?: QuestionRecord['status'], departmentIds?: readonly string[]): QuestionRecord[] {
    return this.questions.list(status, departmentIds);
  }

  /**
   * Where a mail the desk queued came from, by its outbox purpose: the chat (a transcript) or
   * the offline question (an answer) as it is now, so whoever may see that may see the mail.
   * Undefined for a purpose that is not the desk's or a source it does not know.
   */
  mailSource(purpose: { kind: string; id: string }): { chat: ChatRecord } | { question: QuestionRecord } | undefined {
    if (purpose.kind === CHAT_MAIL_PURPOSES.chatTranscript) {
      const chat = this.chats.get(purpose.id);
      return chat && { chat };
    }
    if (purpose.kind === CHAT_MAIL_PURPOSES.offlineQuestionAnswer) {
      const question = this.questions.question(purpose.id);
      return question && { question };
    }
    return undefined;
  }

  /** Everything a visitor with this email asked, chats and offline questions, oldest first. */
  historyFor(email: string): { chats: ChatRecord[]; questions: QuestionRecord[] } {
    const found = this.history.of(email);
    return {
      chats: [...found.chats]
        .map((id) => this.chats.get(id)!)
        .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt)),
      questions: [...found.questions]
        .map((id) => this.questions.question(id)!)
        .sort((a, b) => a.askedAt.localeCompare(b.askedAt)),
    };
  }

  private applyQuestion(event: QuestionEvent): boolean {
    const changed = this.questions.apply(event);
    if (!changed) return false;
    if (event.type === 'OfflineQuestionAsked') {
      this.history.remember(changed.visitor.email, 'questions', changed.id);
      this.daily.questionAsked(changed.askedAt);
    } else this.daily.questionAnswered(changed.askedAt);
    return true;
  }

  private addEntry(chat: ChatRecord, event: ChatEvent): void {
    const id =
      event.type === 'MessagePosted'
        ? event.data.messageId
        : event.type === 'ChatNoteAdded'
          ? event.data.noteId
          : `${chat.id}/${chat.transcript.length}`;
    const entry = entryFor(event, id, chat.visitor.name, this.departmentName);
    if (entry) chat.transcript.push(entry);
  }

  private enqueue(chat: ChatRecord): void {
    chat.status = 'PENDING';
    addTo(this.pendingByDepartment, chat.departmentId, chat.id);
    this.queueVersions.set(chat.departmentId, this.queueVersion(chat.departmentId) + 1);
  }

  private dequeue(chat: ChatRecord): void {
    if (this.pendingByDepartment.get(chat.departmentId)?.delete(chat.id)) {
      this.queueVersions.set(chat.departmentId, this.queueVersion(chat.departmentId) + 1);
    }
  }

  /** Moves the chat to `agent` (active) or to nobody; `keep` false only unlists it (closing). */
  private assign(chat: ChatRecord, agent: StaffRef | null, keep = true): void {
    if (chat.agent) this.activeByAgent.get(chat.agent.id)?.delete(chat.id);
    if (!keep) return;
    chat.agent = agent;
    if (agent) {
      chat.status = 'ACTIVE';
      addTo(this.activeByAgent, agent.id, chat.id);
    }
  }
}
