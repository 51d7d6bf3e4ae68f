/** `@deskstream/knowledge-base-read-models`. */
export {};
