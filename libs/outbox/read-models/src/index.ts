/** `@deskstream/outbox-read-models`. */
export {};
