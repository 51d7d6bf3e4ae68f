/** `@deskstream/chat-domain`. */
export {};
