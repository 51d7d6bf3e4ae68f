/**
 * Book a Librarian's commands on the shared command runner, each on its own stream: branches,
 * topics, experts, an expert's day (where two patrons race for one slot) and waiting requests.
 * The runner decides, appends with the exact expected revision and waits until the read models
 * hold what it wrote.
 */
import {
  bookingRequestDecider,
  branchDecider,
  branchStream,
  expertDayDecider,
  expertDayStream,
  expertDecider,
  expertStream,
  requestStream,
  topicDecider,
  topicStream,
  type BookingRequestCommand,
  type BookingRequestEvent,
  type BookingsErrorReason,
  type BranchCommand,
  type BranchEvent,
  type ExpertCommand,
  type ExpertDayCommand,
  type ExpertEvent,
  type SessionEvent,
  type TopicCommand,
  type TopicEvent,
} from '@deskstream/bookings-domain';
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';

export type BookingsOutcome<Event> = CommandOutcome<Event, BookingsErrorReason>;

type Send<Command, Event> = (command: Command, commandId: string, actor: Actor) => Promise<BookingsOutcome<Event>>;

/** An expert-day command with the stream it goes to. */
export type DayCommand = ExpertDayCommand & { expertId: string; day: string };

export class BookingsCommands {
  readonly branch: Send<BranchCommand, BranchEvent>;
  readonly topic: Send<TopicCommand, TopicEvent>;
  readonly expert: Send<ExpertCommand, ExpertEvent>;
  readonly day: Send<DayCommand, SessionEvent>;
  readonly request: Send<BookingRequestCommand, BookingRequestEvent>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.branch = runner.aggregate((command: BranchCommand) => branchStream(command.data.branchId), branchDecider);
    this.topic = runner.aggregate((command: TopicCommand) => topicStream(command.data.topicId), topicDecider);
    this.expert = runner.aggregate((command: ExpertCommand) => expertStream(command.data.expertId), expertDecider);
    this.day = runner.aggregate(
      (command: DayCommand) => expertDayStream(command.expertId, command.day),
      expertDayDecider,
    );
    this.request = runner.aggregate(
      (command: BookingRequestCommand) => requestStream(command.data.requestId),
      bookingRequestDecider,
    );
  }
}
