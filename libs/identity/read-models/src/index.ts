/** `@deskstream/identity-read-models`. */
export {};
