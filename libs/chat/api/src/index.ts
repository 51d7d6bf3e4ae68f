/** `@deskstream/chat-api`. */
export {};
