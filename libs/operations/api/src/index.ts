/** `@deskstream/operations-api`: operations' GraphQL module and report downloads (the Fastify plugin the api registers), its commands and the figures' rebuild. */
export { operationsGraphql, operationsTypeDefs, type OperationsModuleOptions } from './plugin';
export { OperationsCommands } from './access';
export { FiguresRebuilder, recordedSettings } from './rebuild';
export { REPORT_COLUMNS } from './report-rows';
export { REPORT_PATH } from './report-export';
