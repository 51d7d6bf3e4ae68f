/** `@deskstream/outbox-api`. */
export {};
