/** The portal's own messages; shared ones (language, errors) come from @deskstream/ui. */
import { chatEn } from '../../chat/messages/en';
import { bookingEntryEn } from '../../bookings/i18n/entry-messages';
import { ticketEntryEn } from '../../tickets/i18n/entry-messages';
import { accountEntryEn } from '../../account/i18n/entry-messages';

export const en = {
  portal: {
    title: 'Deskstream Help',
    tagline: 'Answers, questions and live help in one place.',
    homeLink: 'Home',
    footer: 'Deskstream · {year}',
  },
  home: {
    title: 'How can we help?',
    intro: 'Find an answer yourself, send us a question, or talk to someone now.',
    knowledgeBase: {
      title: 'Knowledge base',
      body: 'Answers to common problems and error codes, such as error 1603 during installation. Search in any language, with Persian or Latin digits.',
      searchLabel: 'Search the knowledge base',
      searchPlaceholder: 'An error code or a few words, e.g. 1603',
      searchButton: 'Search',
    },
    ask: {
      title: 'Ask a question',
      body: 'Write your question; our team answers it, by email if you leave your address. Nothing you send is lost.',
      link: 'Ask a question',
    },
    chat: {
      title: 'Chat with us',
      body: 'Talk live with a librarian or a support agent from the right department. When nobody is online, leave your question there and the answer comes by email.',
    },
  },
  chat: chatEn,
  booking: bookingEntryEn,
  ticket: ticketEntryEn,
  account: accountEntryEn,
  kb: {
    homeLink: 'Open the knowledge base',
  },
  survey: {
    title: 'Your opinion',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address. It may have moved, or the link may be mistyped.',
    where: 'Where to go from here',
  },
};
