/** Store records as the client hands them over, for tests that run without a store. */
import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata } from '../events';

let counter = 0;

export function storedEvent(options: {
  type: string;
  data: unknown;
  at: number;
  streamName?: string;
  revision?: bigint;
  id?: string;
  metadata?: Partial<EventMetadata>;
  createdAt?: Date;
}): AllStreamResolvedEvent {
  counter++;
  return {
    event: {
      streamId: options.streamName ?? 'ticket-1',
      id: options.id ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
      revision: options.revision ?? 0n,
      type: options.type,
      data: options.data as Record<string, unknown>,
      metadata: {
        correlationId: 'correlation-1',
        causationId: 'command-1',
        actor: { kind: 'staff', id: 'agent-7' },
        schema: 1,
        ...options.metadata,
      },
      isJson: true,
      created: options.createdAt ?? new Date(0),
      position: { commit: BigInt(options.at), prepare: BigInt(options.at) },
    },
  };
}
