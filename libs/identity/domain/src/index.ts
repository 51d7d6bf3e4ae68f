/** `@deskstream/identity-domain`. */
export {};
