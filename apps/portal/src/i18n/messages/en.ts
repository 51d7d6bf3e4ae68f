/** The portal's own messages; shared ones (language, errors) come from @deskstream/ui. */
import { chatEn } from '../../chat/messages/en';

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
      body: 'Search answers to common problems and error codes, such as error 1603 during installation. Search will work in every language, with Persian or Latin digits.',
    },
    ask: {
      title: 'Ask a question',
      body: 'Send your question with your name and email. It is never lost: if no one is online, an answer comes by email.',
    },
    chat: {
      title: 'Chat with us',
      body: 'Talk live with a librarian or a support agent from the right department.',
    },
  },
  chat: chatEn,
  kb: {
    homeLink: 'Open the knowledge base',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address.',
  },
};
