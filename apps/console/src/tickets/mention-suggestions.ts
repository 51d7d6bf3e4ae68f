import type { TicketAgentChoice } from './ticket-page-store';

/** The @word being typed at the end of the text, if any. */
export function typingMention(text: string): string | null {
  return /(?:^|\s)@([^\s@]*)$/u.exec(text)?.[1] ?? null;
}

/** Colleagues whose name or username starts the typed word (at most six). */
export function mentionSuggestions(agents: readonly TicketAgentChoice[], typed: string | null): TicketAgentChoice[] {
  if (typed === null) return [];
  const start = typed.toLocaleLowerCase();
  return agents
    .filter(
      (agent) =>
        agent.username.toLocaleLowerCase().startsWith(start) || agent.displayName.toLocaleLowerCase().includes(start),
    )
    .slice(0, 6);
}

/** The text with the typed @word replaced by the colleague's `@username`. */
export const insertMention = (text: string, agent: TicketAgentChoice) =>
  text.replace(/@([^\s@]*)$/u, `@${agent.username} `);
