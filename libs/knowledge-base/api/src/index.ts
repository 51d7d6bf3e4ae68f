/** `@deskstream/knowledge-base-api`. */
export {};
