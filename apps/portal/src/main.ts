import { createDeskstreamI18n, createGraphqlConnection, installGraphql } from '@deskstream/ui';
import '@deskstream/ui/styles.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { portalMessages } from './i18n/messages/index';
import { createPortalRouter } from './router';
import { accountSessionEnded } from './account/account-session-end';
import { accountSessionPersistenceKey, createAccountSessionPersistence } from './account/account-session-store';

// Visitors have no session (chat operations carry their own visitor token); a patron or customer
// who signed in sends their account session's token with every request.
const accountSession = createAccountSessionPersistence();
const pinia = createPinia();
const router = createPortalRouter();
const connection = createGraphqlConnection({
  getToken: () => accountSession.load(),
  onUnauthenticated: () => accountSessionEnded(pinia, router),
});
const app = createApp(App)
  .use(pinia)
  .use(createDeskstreamI18n({ messages: portalMessages }))
  .provide(accountSessionPersistenceKey, accountSession);
installGraphql(app, connection);
app.use(router).mount('#app');
