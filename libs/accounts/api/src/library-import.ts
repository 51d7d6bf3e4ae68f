/**
 * The library system's import: `POST /library-system/circulation` with
 * `Authorization: Bearer <LIBRARY_SYSTEM_TOKEN>` and up to 500 records of loans and reservations
 * by card number. Each record is applied with command ids of its own, so sending the same import
 * again changes nothing; a reservation that turns READY sends its pick-up notice as at the desk.
 * Unset token: no route. Answers one outcome per record.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AccountsReadModel } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { bearerToken } from './access';
import type { Circulation } from './circulation';
import { cardKey } from './registration';

const ITEM = {
  itemId: { type: 'string', minLength: 1, maxLength: 100 },
  itemKind: { enum: ['BOOK', 'AUDIOVISUAL'] },
  title: { type: 'string', minLength: 1, maxLength: 500 },
  cardNumber: { type: 'string', pattern: '^0[0-9]{7}$' },
} as const;

const BODY = {
  type: 'object',
  required: ['records'],
  additionalProperties: false,
  properties: {
    records: {
      type: 'array',
      maxItems: 500,
      items: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'reservationId', 'cardNumber', 'itemId', 'itemKind', 'title', 'status'],
            properties: {
              kind: { const: 'RESERVATION' },
              reservationId: { type: 'string', minLength: 1, maxLength: 100 },
              ...ITEM,
              pickUpBranchId: { type: 'string', minLength: 1, maxLength: 100 },
              status: { enum: ['WAITING', 'READY', 'CANCELLED'] },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'loanId', 'cardNumber', 'itemId', 'itemKind', 'title', 'lentAt', 'dueAt'],
            properties: {
              kind: { const: 'LOAN' },
              loanId: { type: 'string', minLength: 1, maxLength: 100 },
              ...ITEM,
              lentAt: { type: 'string', format: 'date-time' },
              dueAt: { type: 'string', format: 'date-time' },
              othersWaiting: { type: 'boolean' },
              returned: { type: 'boolean' },
            },
          },
        ],
      },
    },
  },
} as const;

type ItemFields = { cardNumber: string; itemId: string; itemKind: 'BOOK' | 'AUDIOVISUAL'; title: string };
type ImportRecord =
  | (ItemFields & {
      kind: 'RESERVATION';
      reservationId: string;
      pickUpBranchId?: string;
      status: 'WAITING' | 'READY' | 'CANCELLED';
    })
  | (ItemFields & {
      kind: 'LOAN';
      loanId: string;
      lentAt: string;
      dueAt: string;
      othersWaiting?: boolean;
      returned?: boolean;
    });

export interface ImportDeps {
  token: string;
  readModel: AccountsReadModel;
  vault: PersonalDataVault;
  circulation: Circulation;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function libraryImportRoute(app: FastifyInstance, deps: ImportDeps): void {
  const { readModel, vault, circulation } = deps;
  const expected = digest(deps.token);
  const actor = { kind: 'system' as const, id: 'library-system' };
  app.post<{ Body: { records: ImportRecord[] } }>(
    '/library-system/circulation',
    { schema: { body: BODY } },
    async (request, reply) => {
      const token = bearerToken(request.headers.authorization);
      if (!token || !timingSafeEqual(digest(token), expected))
        return reply.code(401).send({ error: 'ACCOUNT_IMPORT_TOKEN_INVALID' });
      const results = [];
      for (const record of request.body.records) {
        const id = record.kind === 'LOAN' ? record.loanId : record.reservationId;
        try {
          await apply(record);
          results.push({ id, ok: true });
        } catch (error) {
          const reason = (error as { extensions?: { reason?: string } }).extensions?.reason;
          if (!reason) request.log.error({ err: error }, 'a library-system record failed');
          results.push({ id, ok: false, reason: reason ?? 'INTERNAL' });
        }
      }
      return { results };
    },
  );

  async function apply(record: ImportRecord): Promise<void> {
    const account = readModel.byCardHash(cardKey(vault, record.cardNumber));
    if (!account)
      throw Object.assign(new Error('No account has this card.'), { extensions: { reason: 'ACCOUNT_NOT_FOUND' } });
    const version = (step: string) => `import-${step}-${record.kind === 'LOAN' ? record.loanId : record.reservationId}`;
    if (record.kind === 'LOAN') {
      if (!account.loans.has(record.loanId))
        await circulation.lend(account, { ...record, loanId: record.loanId }, 'LIBRARY_SYSTEM', version('loan'), actor);
      const loan = readModel.account(account.id)!.loans.get(record.loanId)!;
      if ((record.othersWaiting ?? false) !== loan.othersWaiting)
        await circulation.setWaitingList(
          account,
          record.loanId,
          record.othersWaiting ?? false,
          `${version('waiting')}-${record.othersWaiting}`,
          actor,
        );
      if (record.returned && loan.returnedAt === null)
        await circulation.giveBack(account, record.loanId, version('returned'), actor);
      return;
    }
    if (!account.reservations.has(record.reservationId))
      await circulation.reserve(
        account,
        { ...record, reservationId: record.reservationId },
        'LIBRARY_SYSTEM',
        version('reserve'),
        actor,
      );
    const reservation = readModel.account(account.id)!.reservations.get(record.reservationId)!;
    if (record.status === 'READY' && reservation.status === 'WAITING')
      await circulation.markReady(account, record.reservationId, version('ready'), actor);
    if (record.status === 'CANCELLED' && (reservation.status === 'WAITING' || reservation.status === 'READY'))
      await circulation.cancel(account, record.reservationId, 'LIBRARY_SYSTEM', version('cancel'), actor);
  }
}
