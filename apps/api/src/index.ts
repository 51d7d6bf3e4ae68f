/** `@deskstream/api`: the composed api, for tools and tests that run it in-process. */
export { buildApp, type AppOptions, type Platform } from './app';
export { readConfig, type ApiConfig } from './config';
export { startEmbeddedStore, type EmbeddedStore } from './embedded-store';
