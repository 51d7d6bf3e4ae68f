/**
 * The dashboard rebuilt by replay: an admin changes a definition (the service level's target) and
 * the figures are folded again from the whole store; timed from the change until the settings say
 * the figures are current under the new version.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { nowMs, round } from '../stats';
import type { FairApi } from './fair-api';

const SETTINGS = `{ operationsSettings { version answeredMinTalkSeconds serviceLevelSeconds
  requesterTypes { key group } rebuild { state version durationMs eventsReplayed } } }`;

interface Settings {
  version: number;
  answeredMinTalkSeconds: number;
  serviceLevelSeconds: number;
  requesterTypes: { key: string; group: string }[];
  rebuild: { state: string; version: number; durationMs: number | null; eventsReplayed: number | null };
}

export async function timeRebuild(api: FairApi, adminToken: string, timeoutMs = 15 * 60_000) {
  const before = (await api.gql<{ operationsSettings: Settings }>(SETTINGS, {}, adminToken)).operationsSettings;
  const started = nowMs();
  const changed = await api.gql<{ changeOperationsDefinitions: Settings }>(
    `mutation ($i: ChangeOperationsDefinitionsInput!) { changeOperationsDefinitions(input: $i) { version } }`,
    {
      i: {
        answeredMinTalkSeconds: before.answeredMinTalkSeconds,
        serviceLevelSeconds: before.serviceLevelSeconds === 30 ? 20 : 30,
        requesterTypes: before.requesterTypes,
        expectedVersion: before.version,
        commandId: `fair-rebuild-${before.version}`,
      },
    },
    adminToken,
  );
  const version = changed.changeOperationsDefinitions.version;
  for (;;) {
    const now = (await api.gql<{ operationsSettings: Settings }>(SETTINGS, {}, adminToken)).operationsSettings;
    if (now.rebuild.state === 'CURRENT' && now.rebuild.version === version)
      return {
        version,
        wallSeconds: round((nowMs() - started) / 1000, 2),
        durationMs: now.rebuild.durationMs,
        eventsReplayed: now.rebuild.eventsReplayed,
      };
    if (nowMs() - started > timeoutMs) throw new Error('the dashboard was not rebuilt in time');
    await sleep(100);
  }
}
