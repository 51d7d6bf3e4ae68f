import type { RunnerLogger } from '../projection-runner';

const ignore = () => undefined;

/** For tests that provoke warnings on purpose. */
export const silentLogger: RunnerLogger = { info: ignore, warn: ignore, error: ignore };
