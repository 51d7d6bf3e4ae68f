/** `@deskstream/calls-api`: calls' GraphQL module and the PBX's webhook (the Fastify plugin the api registers), its commands and ports. */
export { callsGraphql, callsTypeDefs, type CallsModuleOptions } from './plugin';
export { CallsCommands } from './commands';
export { CTI_BODY_LIMIT, ctiCallId } from './cti-webhook';
export { isCtiToken } from './cti-token';
export type { CallForTicket, CallStaff, CallTickets, OpenTicketForCall, TicketRefOfCall } from './ports';
export { seedCalls, type CallSeedReport } from './seed/seed-calls';
