/**
 * The knowledge-base pages' script (the pages work without it): search as you type, "was this
 * helpful?" and "ask us" in place, and remembering the language the reader picks. Plain
 * TypeScript, a few kilobytes, built by the portal's Vite build and linked by the server.
 */
import './kb.css';
import { readConfig } from './config';
import { enhanceAsk, enhanceVote } from './feedback-forms';
import { rememberLocaleChoice } from './locale-choice';
import { enhanceSearch } from './search-as-you-type';

const config = readConfig(document);
if (config) {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-kb-search]')) enhanceSearch(form, config);
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-kb-vote]')) enhanceVote(form, config);
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-kb-ask]')) enhanceAsk(form, config);
  rememberLocaleChoice(document);
  document.documentElement.classList.add('kb-enhanced');
}
