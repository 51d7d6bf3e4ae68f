/** `@deskstream/chat-read-models`. */
export {};
