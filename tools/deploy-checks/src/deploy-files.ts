/** The deployment kit's files as the checks read them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoDir = fileURLToPath(new URL('../../../', import.meta.url));
export const readRepoFile = (path: string) => readFileSync(new URL(path, `file://${repoDir}`), 'utf8');

export interface ComposeService {
  image?: string;
  user?: string;
  command?: string | string[];
  environment?: Record<string, string>;
  ports?: (string | { target: number; published?: string | number })[];
  volumes?: (string | { source?: string; target: string })[];
  networks?: string[] | Record<string, unknown>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  'x-optional-settings'?: string[];
  [key: string]: unknown;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The compose file as Compose reads it: YAML anchors and merge keys (`<<`) resolved. */
export function parseCompose(text: string): ComposeFile {
  return parse(text, { merge: true }) as ComposeFile;
}

export const composeText = () => readRepoFile('deploy/compose.yaml');
export const compose = () => parseCompose(composeText());

/** The api replicas: services built from this repository's Dockerfile. */
export function apiServices(file: ComposeFile): [string, ComposeService][] {
  return Object.entries(file.services).filter(
    ([, service]) => (service.build as { dockerfile?: string } | undefined)?.dockerfile === 'deploy/Dockerfile',
  );
}
