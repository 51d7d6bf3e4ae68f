import { kbEn } from '../../knowledge-base/i18n/en';
import { chatEn } from '../../chat/i18n/en';
import { outboxEn } from '../../outbox/i18n/en';
import { supervisorEn } from '../../supervisor/i18n/en';
import { ticketsEn } from '../../tickets/i18n/en';
import { bookingsNavEn } from '../../bookings/i18n/nav-messages';
import { staffSecurityEn } from '../../security/i18n/shell-messages';
import { callsNavEn } from '../../calls/i18n/nav-messages';
import { customersNavEn } from '../../customers/i18n/nav-messages';
import { patronsNavEn } from '../../patrons/i18n/nav-messages';
import { operationsNavEn } from '../../operations/i18n/nav-messages';
import { feedbackReportNavEn } from '../../feedback-report/i18n/nav-messages';
import { feedbackNavEn } from '../../feedback/i18n/nav-messages';
/** The console's own messages; shared ones (language, errors) come from @deskstream/ui. */
export const en = {
  app: {
    title: 'Deskstream Console',
    mainNav: 'Main',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Agents, supervisors and product teams sign in here.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    failed: 'Sign-in failed. Check your username and password and try again.',
  },
  presence: {
    switchLabel: 'Online',
    online: 'Online',
    offline: 'Offline',
    shortcut: 'Shortcut: Alt+Shift+O',
    boardTitle: 'Online agents',
    boardIntro: 'Who is online in each department, updated live.',
    agentsOnline: 'No agents online | One agent online | {count} agents online',
    onlineSince: 'Online since {time}',
    nobodyOnline: 'Nobody is online in this department right now.',
    noDepartments: 'No departments have been set up yet.',
    live: {
      idle: 'Not connected',
      connecting: 'Connecting…',
      connected: 'Live',
      reconnecting: 'Reconnecting…',
    },
  },
  profile: {
    menu: 'Profile and settings',
    roles: 'Roles',
    departments: 'Departments',
    signOut: 'Sign out',
    notifications: {
      enable: 'Enable desktop notifications',
      disable: 'Turn off desktop notifications',
      on: 'New chats and mentions reach your desktop while this tab is hidden.',
      blocked: 'Desktop notifications are blocked for this site in your browser settings.',
    },
  },
  readiness: {
    title: 'Catching up…',
    body: 'The desk is reading the latest activity after a restart. Lists appear as soon as they are complete.',
  },
  kb: kbEn,
  chat: chatEn,
  outbox: outboxEn,
  supervisor: supervisorEn,
  tickets: ticketsEn,
  bookingsNav: bookingsNavEn,
  staffSecurity: staffSecurityEn,
  callsNav: callsNavEn,
  customersNav: customersNavEn,
  patronsNav: patronsNavEn,
  operationsNav: operationsNavEn,
  feedbackReportNav: feedbackReportNavEn,
  feedbackNav: feedbackNavEn,
  roles: {
    AGENT: 'Agent',
    SUPERVISOR: 'Supervisor',
    ADMIN: 'Administrator',
    PRODUCT: 'Product team',
  },
};
