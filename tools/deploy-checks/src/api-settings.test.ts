/**
 * Every setting the api reads is documented in docs/deployment.md and is either set in the
 * compose file's api environment or listed there as optional (`x-optional-settings`); and the
 * compose file sets nothing the api does not read.
 */
import { describe, expect, it } from 'vitest';
import { apiSettings, settingsReadFrom } from './api-settings';
import { apiServices, compose, readRepoFile } from './deploy-files';

describe('the settings scan', () => {
  it('finds settings read through process.env, an environment object and the config reader', () => {
    expect(
      settingsReadFrom(`
        const a = process.env.FIRST_SETTING;
        const { SIXTH_SETTING, SEVENTH_SETTING: seventh = 'x' } = process.env;
        function read(env: NodeJS.ProcessEnv) {
          const text = (name: string) => env[name]?.trim();
          const count = (name: string, fallback: number) => Number(text(name) ?? fallback);
          process.kill(process.pid, 'SIGTERM');
          return [env.SECOND_SETTING, env['THIRD_SETTING'], text('FOURTH_SETTING'), count('FIFTH_SETTING', 3)];
        }
      `).sort(),
    ).toEqual([
      'FIFTH_SETTING',
      'FIRST_SETTING',
      'FOURTH_SETTING',
      'SECOND_SETTING',
      'SEVENTH_SETTING',
      'SIXTH_SETTING',
      'THIRD_SETTING',
    ]);
    expect(settingsReadFrom(`const note = label('NOT_A_SETTING'); key.startsWith('EVENTSTORE_');`)).toEqual([]);
  });

  it('finds the api’s known settings in its sources', () => {
    const found = [...apiSettings().keys()];
    for (const known of ['EVENTSTORE_URL', 'PORT', 'HOST', 'TRUST_PROXY', 'METRICS_PORT', 'DESK_TIME_ZONE'])
      expect(found).toContain(known);
  });
});

describe('every setting the api reads', () => {
  const settings = apiSettings();
  const doc = readRepoFile('docs/deployment.md');
  const file = compose();
  const apis = apiServices(file);

  it.each([...settings.keys()].sort())(
    '%s is in docs/deployment.md and set or listed as optional in compose.yaml',
    (name) => {
      expect(
        doc,
        `docs/deployment.md does not mention \`${name}\` (read in ${settings.get(name)!.join(', ')})`,
      ).toContain(`\`${name}\``);
      expect(apis.length).toBeGreaterThan(0);
      for (const [service, definition] of apis) {
        const set = Object.keys(definition.environment ?? {});
        const optional = definition['x-optional-settings'] ?? [];
        expect(
          set.includes(name) || optional.includes(name),
          `${service} in deploy/compose.yaml neither sets ${name} nor lists it in x-optional-settings`,
        ).toBe(true);
      }
    },
  );

  it('and the compose file sets or lists nothing else for the api', () => {
    for (const [, definition] of apis) {
      const named = [...Object.keys(definition.environment ?? {}), ...(definition['x-optional-settings'] ?? [])];
      expect(named.filter((name) => !settings.has(name))).toEqual([]);
    }
  });
});
