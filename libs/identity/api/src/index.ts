/** `@deskstream/identity-api`. */
export {};
