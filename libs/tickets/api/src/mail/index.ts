export { ticketsInboundMail, type InboundMailPluginOptions, type InboundMailSettings } from './inbound-plugin';
export { InboundMail, inboundMailKey, type InboundMailOptions } from './inbound-mail';
export { inboundLookupOf } from './inbound-lookup';
export { startSmtpListener, type MailReceiver, type SmtpListener, type SmtpListenerOptions } from './smtp-listener';
export { ImapPoller, imapFlowClient, type PolledMailbox } from './imap-poller';
export { SenderLimit } from './sender-limit';
export { replyMailOf } from './reply-mail';
export type { Envelope, InboundResult, InboundSource } from './inbound-ports';
