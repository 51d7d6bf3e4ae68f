/** Inbound and outbound mail rules and the limits on files: pure decisions the api's mail pipeline acts on. */
export * from './mail-limits';
export * from './file-names';
export * from './content-types';
export * from './mail-text';
export * from './classify';
export * from './delivery-status';
export * from './threading';
export * from './inbound-mail-decider';
export * from './mail-language';
