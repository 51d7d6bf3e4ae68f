/**
 * Seeds the demo desk's ticket settings and a dozen tickets on first start. Every step has a fixed
 * command id, so a second start (or a second api process) writes nothing more.
 */
import { eventIdFor } from '@deskstream/event-sourcing';
import type { TicketActor } from '@deskstream/tickets-domain';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import type { TicketCommands } from '../ticket-commands';
import { DEMO_TICKET_SETTINGS } from './demo-settings';
import { DEMO_TICKETS } from './demo-tickets';

const SEED: TicketActor = { kind: 'SYSTEM', name: 'demo-seed' };

export interface TicketSeedReport {
  settings: number;
  tickets: number;
}

export async function seedTickets(
  commands: TicketCommands,
  readModel: TicketsReadModel,
  now: () => Date,
): Promise<TicketSeedReport> {
  const report: TicketSeedReport = { settings: 0, tickets: 0 };
  const fail = (what: string, error: { code: string; message: string }) => {
    throw new Error(`Seeding ${what} failed: ${error.code} ${error.message}`);
  };
  for (const [index, setting] of DEMO_TICKET_SETTINGS.entries()) {
    const outcome = await commands.settings(
      { ...setting, data: { ...setting.data, at: now().toISOString(), by: SEED } } as Parameters<
        TicketCommands['settings']
      >[0],
      `seed-ticket-setting-${index}`,
      SEED,
    );
    if (!outcome.ok) fail(`ticket setting ${setting.type}`, outcome.error);
    else report.settings += outcome.events.length;
  }
  for (const demo of DEMO_TICKETS) {
    const ticketId = eventIdFor(`seed-ticket-${demo.key}`, 0);
    if (readModel.byId(ticketId)) continue;
    const contactMethod = demo.requester.email ? 'EMAIL' : demo.requester.phone ? 'PHONE' : 'NONE';
    const opened = await commands.open(
      {
        ticketId,
        channel: demo.channel,
        requester: { ...demo.requester, contactMethod },
        requesterType: demo.requesterType,
        departmentId: demo.departmentId,
        subject: demo.subject,
        priority: demo.priority,
        product: null,
        version: null,
        fields: {},
        tags: demo.tags,
        origin: null,
        accessTokenHash: null,
        firstMessage: {
          messageId: eventIdFor(`seed-ticket-${demo.key}-message`, 0),
          via: demo.channel,
          from: { name: demo.requester.name, address: demo.requester.email },
          text: demo.text,
          attachments: [],
          mail: null,
        },
      },
      `seed-ticket-${demo.key}`,
      demo.channel === 'EMAIL' || demo.channel === 'WEB_FORM' ? { kind: 'REQUESTER', name: demo.requester.name } : SEED,
    );
    if (!opened.ok) fail(`ticket ${demo.key}`, opened.error);
    report.tickets++;
    if (demo.reply) {
      const replied = await commands.reply(
        ticketId,
        {
          messageId: eventIdFor(`seed-ticket-${demo.key}-reply`, 0),
          text: demo.reply,
          attachments: [],
          mailId: null,
          to: null,
          mail: null,
          status: 'WAITING_FOR_CUSTOMER',
        },
        `seed-ticket-${demo.key}-reply`,
        { kind: 'SYSTEM', name: 'Deskstream' },
      );
      if (!replied.ok) fail(`the reply to ticket ${demo.key}`, replied.error);
    }
  }
  return report;
}
