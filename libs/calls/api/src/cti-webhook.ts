/**
 * The PBX's webhook, as Zammad's generic CTI endpoint: `POST /api/v1/cti/<token>`, form-encoded or
 * JSON, with `event` (newCall, answer, hangup), `callId`, `direction` (in, out), `from`, `to`,
 * `user[]`, `queue`, `cause` and `answeringNumber`; answered `{}` (200), `{ error }` with 401 for a
 * wrong token (nothing is written) and 422 for what is not a CTI event. So a PBX wired for Zammad
 * (Asterisk, 3CX, sipgate, Placetel) only changes the host.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  PBX_TEXT_MAX_CHARACTERS,
  PBX_USERS_MAX,
  callNumber,
  cut,
  type CallDirection,
  type CallNumber,
  type CtiEventName,
  type RecordCtiEvent,
} from '@deskstream/calls-domain';
import type { CallsCommands } from './commands';
import type { CtiToken } from './cti-token';
import type { CallStaff } from './ports';

/** The largest webhook body: a CTI event is a few hundred bytes. */
export const CTI_BODY_LIMIT = 16 * 1024;
const CALL_ID_MAX = 250;
const EVENTS: ReadonlySet<string> = new Set<CtiEventName>(['newCall', 'answer', 'hangup']);
const DIRECTIONS: Record<string, CallDirection> = { in: 'IN', out: 'OUT' };

export interface CtiWebhookOptions {
  /** Commands that answer once written: the PBX reads nothing back, so nothing waits for the read models. */
  commands: CallsCommands;
  token: CtiToken;
  staff: CallStaff;
  now: () => Date;
  /** The organisation's country (ISO 3166-1 alpha-2) for national numbers; null: none. */
  phoneCountry: string | null;
}

/** The call's id from the PBX's `callId`: the same PBX call always meets in the same stream. */
export const ctiCallId = (pbxCallId: string) =>
  `cti-${createHash('sha256').update(pbxCallId, 'utf8').digest('base64url').slice(0, 27)}`;

type Fields = Record<string, unknown>;

const text = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  return typeof first === 'number' ? String(first) : null;
};
const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map(text)
    .filter((item): item is string => item !== null && item.trim() !== '');
const short = (value: string | null) =>
  value === null || value.trim() === '' ? null : cut(value.trim(), PBX_TEXT_MAX_CHARACTERS);

/** A form body as fields: `user[]` repeated is a list. */
function parseForm(body: string): Fields {
  const params = new URLSearchParams(body);
  const fields: Fields = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    fields[key] = key.endsWith('[]') ? values : values[values.length - 1];
  }
  return fields;
}

/**
 * Numbers read once: a PBX sends the desk's own number with every event and each caller's with
 * the call's three events, and reading a number (libphonenumber-js) is the webhook's dearest step.
 */
const NUMBERS_KEPT = 20_000;
const numbers = new Map<string, CallNumber>();
function numberOf(raw: string, country: string | null): CallNumber {
  const key = `${country ?? ''}:${raw}`;
  let number = numbers.get(key);
  if (!number) {
    if (numbers.size >= NUMBERS_KEPT) numbers.clear();
    number = callNumber(raw, country);
    numbers.set(key, number);
  }
  return number;
}

/** The command for a webhook event, or what is wrong with it. */
export function ctiCommand(
  fields: Fields,
  options: Pick<CtiWebhookOptions, 'staff' | 'phoneCountry'>,
  at: string,
): RecordCtiEvent | string {
  const event = text(fields.event);
  if (event === null || !EVENTS.has(event)) return 'Unknown event; expected newCall, answer or hangup.';
  const direction = DIRECTIONS[text(fields.direction)?.toLowerCase() ?? ''];
  if (!direction) return 'Invalid direction!';
  const pbxCallId = text(fields.callId)?.trim() ?? '';
  if (pbxCallId === '' || pbxCallId.length > CALL_ID_MAX)
    return `A callId of 1 to ${CALL_ID_MAX} characters is needed.`;
  const users = [...texts(fields['user[]']), ...texts(fields.user)]
    .slice(0, PBX_USERS_MAX)
    .map((user) => cut(user.trim(), PBX_TEXT_MAX_CHARACTERS));
  const staffIds = [
    ...new Set(users.map((user) => options.staff.match(user)).filter((id): id is string => id !== null)),
  ];
  const answeringNumber = short(text(fields.answeringNumber));
  const answeringStaffId =
    event === 'answer' ? ((answeringNumber && options.staff.match(answeringNumber)) ?? staffIds[0] ?? null) : null;
  return {
    type: 'RecordCtiEvent',
    data: {
      callId: ctiCallId(pbxCallId),
      event: event as CtiEventName,
      pbxCallId,
      direction,
      from: numberOf(text(fields.from) ?? '', options.phoneCountry),
      to: numberOf(text(fields.to) ?? '', options.phoneCountry),
      queue: short(text(fields.queue)),
      users,
      staffIds,
      answeringStaffId,
      answeringNumber,
      cause: short(text(fields.cause)),
      at,
    },
  };
}

/** Registers the webhook in its own scope (its own form parser and body limit). */
export async function ctiWebhook(app: FastifyInstance, options: CtiWebhookOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: CTI_BODY_LIMIT },
      (_request, body, done) => done(null, parseForm(body as string)),
    );
    scope.post<{ Params: { token: string } }>(
      '/api/v1/cti/:token',
      { bodyLimit: CTI_BODY_LIMIT },
      async (request, reply) => {
        if (!options.token.matches(request.params.token))
          return reply.code(401).send({ error: 'Invalid token, please contact your admin!' });
        const fields = request.body;
        if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
          return reply.code(422).send({ error: 'Expected a form-encoded or JSON object.' });
        const command = ctiCommand(fields as Fields, options, options.now().toISOString());
        if (typeof command === 'string') return reply.code(422).send({ error: command });
        const { event, callId } = command.data;
        const outcome = await options.commands.call(command, `${callId}-${event}`, { kind: 'system', id: 'cti' });
        if (!outcome.ok) {
          request.log.warn({ reason: outcome.error.code, callId }, 'a CTI event was not recorded');
          return reply.code(409).send({ error: outcome.error.message });
        }
        return reply.code(200).send({});
      },
    );
  });
}
