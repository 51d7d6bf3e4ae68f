/**
 * `@deskstream/ui/chat-text`: agents' chat messages with their formatting, rendered safely.
 * A separate entry, so only the pages that show chat messages carry the Markdown parser.
 */
export { default as ChatFormattedText } from './ChatFormattedText.vue';
export { isSafeHref, renderChatMarkdown } from './chat-markdown';
