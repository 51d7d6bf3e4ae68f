/** `@deskstream/knowledge-base-domain`. */
export {};
