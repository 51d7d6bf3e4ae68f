import { createDeskstreamI18n } from '@deskstream/ui';
import '@deskstream/ui/styles.css';
import { createApp } from 'vue';
import App from './App.vue';
import { portalMessages } from './i18n/messages/index';
import { createPortalRouter } from './router';

createApp(App).use(createDeskstreamI18n({ messages: portalMessages })).use(createPortalRouter()).mount('#app');
