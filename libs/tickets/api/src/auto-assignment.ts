/**
 * Automatic assignment, a process-local reactor: once the read models have caught up, each new
 * ticket of a department that asks for it goes round-robin to the department's agents online
 * now, passing over agents who already hold `capPerAgent` unresolved tickets. One command per
 * ticket with a command id derived from the ticket, so a second api process (or a retry) writes
 * nothing more; a ticket nobody can take stays in the department's queue.
 */
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { TICKETS_PROJECTION, type TicketRecord, type TicketsReadModel } from '@deskstream/tickets-read-models';
import type { TicketCommands } from './ticket-commands';

const UNRESOLVED = new Set(['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'ON_HOLD']);
const DESK = { kind: 'SYSTEM', name: 'round-robin' } as const;

export class AutoAssignment {
  private readonly lastAgent = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly readModel: TicketsReadModel,
    private readonly commands: TicketCommands,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Open tickets an agent holds now. */
  load(agentId: string): number {
    let count = 0;
    for (const ticket of this.readModel.index.get('assignee', agentId)) if (UNRESOLVED.has(ticket.status)) count++;
    return count;
  }

  /** The agent the ticket should go to, or null when nobody online has room. */
  choose(ticket: TicketRecord): { id: string; name: string } | null {
    const settings = this.readModel.settings.department(ticket.departmentId);
    if (!settings.autoAssignment) return null;
    const agents = this.readModel.directory.onlineAgentsOf(ticket.departmentId);
    if (agents.length === 0) return null;
    const last = this.lastAgent.get(ticket.departmentId);
    const next = last === undefined ? 0 : agents.findIndex((agent) => agent.id > last);
    const start = next === -1 ? 0 : next;
    for (let step = 0; step < agents.length; step++) {
      const agent = agents[(start + step) % agents.length]!;
      if (this.load(agent.id) < settings.capPerAgent) return { id: agent.id, name: agent.name };
    }
    return null;
  }

  async assign(ticketId: string): Promise<void> {
    const ticket = this.readModel.byId(ticketId);
    if (!ticket || ticket.assignee !== null || !UNRESOLVED.has(ticket.status)) return;
    const agent = this.choose(ticket);
    if (!agent) return;
    this.lastAgent.set(ticket.departmentId, agent.id);
    const outcome = await this.commands.run(
      ticket.id,
      {
        type: 'Assign',
        data: { departmentId: ticket.departmentId, agentId: agent.id, agentName: agent.name, automatic: true },
      },
      `auto-assign-${ticket.id}`,
      DESK,
    );
    if (!outcome.ok) this.onError(new Error(`${outcome.error.code}: ${outcome.error.message}`));
  }

  /** Starts reacting to new tickets once the runner has caught up; returns the function that stops. */
  start(runner: Pick<ProjectionRunner, 'onChange'> & Partial<Pick<ProjectionRunner, 'waitUntilCaughtUp'>>): () => void {
    let live = runner.waitUntilCaughtUp === undefined;
    let stopped = false;
    runner.waitUntilCaughtUp?.().then(
      () => (live = true),
      () => undefined,
    );
    const stop = runner.onChange((change) => {
      if (!live || stopped || change.projection !== TICKETS_PROJECTION || change.event.type !== 'TicketOpened') return;
      const { ticketId } = change.event.data as { ticketId: string };
      this.queue = this.queue.then(() => (stopped ? undefined : this.assign(ticketId))).catch(this.onError);
    });
    return () => {
      stopped = true;
      stop();
    };
  }
}
