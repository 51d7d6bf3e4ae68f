import { createDeskstreamI18n, createGraphqlConnection, installGraphql } from '@deskstream/ui';
import '@deskstream/ui/styles.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { consoleMessages } from './i18n/messages/index';
import { createConsoleRouter } from './router';
import { useSessionStore } from './session/session-store';
import './styles/console.css';

const app = createApp(App);
const pinia = createPinia();
const router = createConsoleRouter(pinia);

const connection = createGraphqlConnection({
  getToken: () => useSessionStore(pinia).token,
  onUnauthenticated: () => {
    const session = useSessionStore(pinia);
    if (!session.isSignedIn) return;
    session.forget();
    void router.push({ name: 'sign-in', query: { redirect: router.currentRoute.value.fullPath } });
  },
});

app.use(pinia);
app.use(createDeskstreamI18n({ messages: consoleMessages }));
installGraphql(app, connection);
app.use(router);
app.mount('#app');
