/**
 * Which TypeScript type a resolver returns for a GraphQL type, where that is a read-model record
 * rather than the GraphQL shape itself: each context declares its own in
 * `libs/<context>/api/codegen-mappers.json` (`{ "Chat": "@deskstream/chat-read-models#ChatRecord" }`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function contextMappers(root = process.cwd()): Record<string, string> {
  const mappers: Record<string, string> = {};
  for (const context of readdirSync(join(root, 'libs')).sort()) {
    const file = join(root, 'libs', context, 'api', 'codegen-mappers.json');
    if (!existsSync(file)) continue;
    for (const [type, target] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
      if (mappers[type]) throw new Error(`${type} is mapped by two contexts: ${mappers[type]} and ${target}.`);
      mappers[type] = target;
    }
  }
  return mappers;
}
