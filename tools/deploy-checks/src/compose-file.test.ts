/**
 * deploy/compose.yaml, checked without a container engine: valid against the Compose
 * Specification's JSON schema (the specification's own file, in ../compose-spec/), and shaped as
 * docs/deployment.md describes it: a 3-node KurrentDB cluster with TLS from its own certificate
 * tool, two api replicas that only the proxy reaches, and a proxy that passes websockets.
 */
import { describe, expect, it } from 'vitest';
import Ajv, { type ValidateFunction } from 'ajv';
import { apiServices, compose, composeText, parseCompose, readRepoFile, type ComposeFile } from './deploy-files';

function composeValidator(): ValidateFunction {
  const schema = JSON.parse(readRepoFile('tools/deploy-checks/compose-spec/compose-spec.json')) as Record<
    string,
    unknown
  >;
  // The specification names its draft by a URL Ajv does not know; it is draft-07, Ajv's own default.
  delete schema.$schema;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

const validate = composeValidator();
const errorsOf = (file: unknown) =>
  validate(file) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);

const environmentOf = (file: ComposeFile, service: string) => file.services[service]!.environment ?? {};
const kurrentNodes = (file: ComposeFile) =>
  Object.keys(file.services).filter((name) => /kurrentdb/.test(String(file.services[name]!.image ?? '')));

describe('the compose file', () => {
  it('is valid against the Compose Specification’s JSON schema', () => {
    expect(errorsOf(compose())).toEqual([]);
  });

  it('fails the schema when it is wrong (the check can fail)', () => {
    const broken = parseCompose(composeText());
    (broken.services['api-1'] as Record<string, unknown>).restat = 'always';
    broken.services['proxy']!.networks = 'edge' as unknown as string[];
    expect(errorsOf(broken)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/services\/api-1 must NOT have additional properties/),
        expect.stringMatching(/^\/services\/proxy\/networks /),
      ]),
    );
  });

  it('runs a 3-node KurrentDB cluster in secure mode, each node seeded with the other two', () => {
    const file = compose();
    const nodes = kurrentNodes(file);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      const env = environmentOf(file, node);
      expect(env.KURRENTDB_CLUSTER_SIZE).toBe('3');
      expect(env.KURRENTDB_INSECURE ?? 'false').toBe('false');
      expect(JSON.stringify(file.services[node]!.command ?? '')).not.toMatch(/insecure/);
      const seeds = env.KURRENTDB_GOSSIP_SEED!.split(',').map((seed) => seed.split(':')[0]);
      expect(seeds.sort()).toEqual(nodes.filter((other) => other !== node).sort());
      expect(env.KURRENTDB_CERTIFICATE_FILE).toMatch(/^\/etc\/kurrentdb\/certs\/node\d\/node\.crt$/);
      expect(env.KURRENTDB_CERTIFICATE_PRIVATE_KEY_FILE).toMatch(/^\/etc\/kurrentdb\/certs\/node\d\/node\.key$/);
      expect(env.KURRENTDB_TRUSTED_ROOT_CERTIFICATES_PATH).toBe('/etc/kurrentdb/certs/ca');
      expect(file.services[node]!.ports ?? []).toEqual([]);
      expect(file.services[node]!.depends_on).toMatchObject({
        'store-certificates': { condition: 'service_completed_successfully' },
      });
    }
  });

  it('makes the certificates with KurrentDB’s own tool, once, for every node’s name', () => {
    const init = compose().services['store-certificates']!;
    expect(init.image).toMatch(/es-gencert-cli/);
    const script = ([] as string[]).concat(init.command ?? []).join('\n');
    expect(script).toMatch(/es-gencert-cli create-ca/);
    expect(script).toMatch(/if \[ ! -f ca\/ca\.crt \]/);
    expect(script).toMatch(/es-gencert-cli create-node .*-dns-names kurrentdb-\$\$n/);
    expect(script).toMatch(/for n in 1 2 3/);
  });

  it('runs two api replicas on the cluster over TLS, reachable only through the proxy', () => {
    const file = compose();
    const apis = apiServices(file);
    expect(apis.map(([name]) => name)).toEqual(['api-1', 'api-2']);
    for (const [, service] of apis) {
      const env = service.environment!;
      const url = env.EVENTSTORE_URL!;
      expect(url).toMatch(/^esdb:\/\/[^@]+@/);
      for (const node of kurrentNodes(file)) expect(url).toContain(`${node}:2113`);
      expect(url).toMatch(/[?&]tls=true(&|$)/);
      expect(url).toMatch(/[?&]tlsCAFile=\/etc\/deskstream\/store-certs\/ca\/ca\.crt/);
      expect(url).not.toMatch(/tlsVerifyCert=false/);
      expect(env.NODE_ENV).toBe('production');
      expect(env.TRUST_PROXY).toBe('1');
      expect(env.METRICS_PORT).toMatch(/^\d+$/);
      expect(service.ports ?? []).toEqual([]);
    }
  });

  it('puts a proxy in front that balances both replicas and passes websockets', () => {
    const file = compose();
    const proxy = file.services['proxy']!;
    expect(proxy.image).toMatch(/^\$\{CADDY_IMAGE:-caddy:/);
    expect(proxy.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    const caddyfile = readRepoFile('deploy/Caddyfile');
    // Caddy's reverse_proxy passes websocket upgrades itself; both replicas are its upstreams.
    expect(caddyfile).toMatch(/reverse_proxy api-1:3000 api-2:3000 \{/);
    expect(caddyfile).toMatch(/health_uri \/health\/ready/);
    expect(caddyfile).toMatch(/respond \/metrics 404/);
    expect(caddyfile).not.toMatch(/:9464/);
  });

  it('asks for every required variable that deploy/example.env lists', () => {
    const required = [...composeText().matchAll(/\$\{(\w+):\?/g)].map((match) => match[1]!);
    const example = readRepoFile('deploy/example.env');
    for (const name of new Set(required)) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
