/** The knowledge base's write and read side on a fresh in-memory emulator, through the real client and runner. */
import { EventStoreDBClient } from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { ProjectionRunner } from '@deskstream/event-sourcing';
import { knowledgeBaseProjections, type KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import { KnowledgeBaseCommands } from '../commands';
import { knowledgeBaseReadModel } from '../render-article-body';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface KnowledgeBaseProcess {
  client: EventStoreDBClient;
  runner: ProjectionRunner;
  readModel: KnowledgeBaseReadModel;
  commands: KnowledgeBaseCommands;
  stop(): Promise<void>;
}

/** One api process's share of the knowledge base: client, runner, read model, commands. */
export async function startKnowledgeBaseProcess(url: string): Promise<KnowledgeBaseProcess> {
  const client = EventStoreDBClient.connectionString(url);
  const readModel = knowledgeBaseReadModel();
  const runner = new ProjectionRunner(client, { projections: knowledgeBaseProjections(readModel), logger: quiet });
  await runner.start();
  await runner.waitUntilCaughtUp();
  return {
    client,
    runner,
    readModel,
    commands: new KnowledgeBaseCommands(client, runner),
    async stop() {
      await runner.stop();
      await client.dispose();
    },
  };
}

export const startStore = (): Promise<RunningEmulator> => startEmulator({ memDb: true, port: 0 });
