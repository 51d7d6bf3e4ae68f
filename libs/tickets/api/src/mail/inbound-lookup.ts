/** The inbound pipeline's view of the tickets read model: threading lookups, the inbound addresses, the requester types. */
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import type { InboundLookup } from './inbound-ports';

export function inboundLookupOf(readModel: TicketsReadModel): InboundLookup {
  return {
    byId: (id) => readModel.byId(id),
    byNumber: (number) => readModel.byNumber(number),
    byMessageId: (messageId) => readModel.ticketForMessageId(messageId),
    departmentForRecipients(addresses) {
      const { inboundAddresses, defaultDepartmentId } = readModel.settings;
      for (const address of addresses) {
        const found = inboundAddresses.find((entry) => entry.address === address.toLowerCase());
        if (found) return found.departmentId;
      }
      return defaultDepartmentId;
    },
    defaultRequesterType() {
      const types = readModel.settings.requesterTypes;
      return (types.find((type) => type.key === 'customer') ?? types[0])?.key ?? 'customer';
    },
  };
}
