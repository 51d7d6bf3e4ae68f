import { createDeskstreamI18n, createGraphqlConnection, installGraphql } from '@deskstream/ui';
import '@deskstream/ui/styles.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { portalMessages } from './i18n/messages/index';
import { createPortalRouter } from './router';

// Visitors have no session: chat operations carry their own visitor token instead.
const connection = createGraphqlConnection({ getToken: () => null });
const app = createApp(App)
  .use(createPinia())
  .use(createDeskstreamI18n({ messages: portalMessages }));
installGraphql(app, connection);
app.use(createPortalRouter()).mount('#app');
