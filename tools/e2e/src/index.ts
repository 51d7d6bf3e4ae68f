export { launchBrowser, CHROMIUM_PATH, CHROMIUM_ARGS } from './launch-browser';
export { startStaticServer, resolveRequest, type StaticMount, type StaticServer } from './static-server';
export { builtApps, requireBuiltApps } from './built-apps';
export { watchPageProblems, type PageProblems } from './page-problems';
export { startApiProcess, API_MAIN, type ApiProcess, type ApiProcessOptions } from './api-process';
export { TEST_OUTPUT_DIR, testOutputPath } from './test-output';
