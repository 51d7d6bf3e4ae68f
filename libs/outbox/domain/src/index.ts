/** `@deskstream/outbox-domain`. */
export {};
