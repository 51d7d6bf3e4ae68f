/**
 * The demo's calls on a first start, after the staff: a morning of the desk's phone as the PBX
 * reported it (answered calls with notes and a wrap-up, an outbound call, a missed call waiting in
 * the callback queue, an abandoned one being called back), a call an agent logged by hand, and a
 * follow-up list. Fixed ids: whatever the read model already holds is skipped, so a second start
 * writes nothing.
 */
import { callNumber, type CallActor, type CallCommand } from '@deskstream/calls-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import type { Actor } from '@deskstream/domain-kit';
import type { CallsCommands } from '../commands';
import { ctiCallId } from '../cti-webhook';
import type { CallStaff } from '../ports';

const SEED_ACTOR: Actor = { kind: 'system', id: 'demo-seed' };
const DESK = '+493012345600';

export interface CallSeedReport {
  callsRecorded: number;
  callListsCreated: number;
}

interface SeedCall {
  pbxCallId: string;
  direction: 'IN' | 'OUT';
  other: string;
  user: string;
  /** Minutes before now it rang; answered after `ringSeconds` (or never), for `talkSeconds`. */
  minutesAgo: number;
  ringSeconds: number;
  talkSeconds: number | null;
  cause: string;
  notes?: string[];
  topic?: string;
}

const SEED_CALLS: SeedCall[] = [
  {
    pbxCallId: 'demo-call-1',
    direction: 'IN',
    other: '+493055571600',
    user: 'Sara Ahmadi',
    minutesAgo: 190,
    ringSeconds: 8,
    talkSeconds: 372,
    cause: 'normalClearing',
    notes: ['Publisher asks when the spring catalogue’s invoice is due; the order number is on its way by mail.'],
    topic: 'Invoice',
  },
  {
    pbxCallId: 'demo-call-2',
    direction: 'IN',
    other: '+982161112345',
    user: 'Yuki Tanaka',
    minutesAgo: 150,
    ringSeconds: 12,
    talkSeconds: 185,
    cause: 'normalClearing',
    notes: ['Patron cannot reach the e-journal from home; explained the proxy sign-in.'],
  },
  {
    pbxCallId: 'demo-call-3',
    direction: 'OUT',
    other: '+842438251234',
    user: 'Nguyễn Văn Minh',
    minutesAgo: 95,
    ringSeconds: 15,
    talkSeconds: 240,
    cause: 'normalClearing',
  },
  {
    pbxCallId: 'demo-call-4',
    direction: 'IN',
    other: '+442079460958',
    user: 'Sara Ahmadi',
    minutesAgo: 55,
    ringSeconds: 30,
    talkSeconds: null,
    cause: 'noAnswer',
  },
  {
    pbxCallId: 'demo-call-5',
    direction: 'IN',
    other: '+14255550100',
    user: 'Yuki Tanaka',
    minutesAgo: 25,
    ringSeconds: 9,
    talkSeconds: null,
    cause: 'cancel',
  },
];

const later = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

export async function seedCalls(
  commands: CallsCommands,
  readModel: CallsReadModel,
  staff: CallStaff,
  now: () => Date,
): Promise<CallSeedReport> {
  const report: CallSeedReport = { callsRecorded: 0, callListsCreated: 0 };
  const expectOk = (outcome: { ok: boolean; error?: { code: string; message: string } }, what: string) => {
    if (!outcome.ok) throw new Error(`Seeding ${what} failed: ${outcome.error?.code} ${outcome.error?.message}`);
  };
  const send = async (command: CallCommand, commandId: string) =>
    expectOk(await commands.call(command, commandId, SEED_ACTOR), commandId);
  const staffActor = (name: string): CallActor => ({ kind: 'staff', id: staff.match(name) ?? 'demo-seed' });
  const start = now().getTime();

  for (const seed of SEED_CALLS) {
    const callId = ctiCallId(seed.pbxCallId);
    if (readModel.call(callId)) continue;
    const rangAt = new Date(start - seed.minutesAgo * 60_000).toISOString();
    const desk = callNumber(DESK);
    const other = callNumber(seed.other);
    const staffId = staff.match(seed.user);
    const base = {
      callId,
      pbxCallId: seed.pbxCallId,
      direction: seed.direction,
      from: seed.direction === 'IN' ? other : desk,
      to: seed.direction === 'IN' ? desk : other,
      queue: seed.direction === 'IN' ? 'library-desk' : null,
      users: [seed.user],
      staffIds: staffId ? [staffId] : [],
      answeringStaffId: null,
      answeringNumber: null,
      cause: null,
    };
    await send({ type: 'RecordCtiEvent', data: { ...base, event: 'newCall', at: rangAt } }, `seed-${callId}-newCall`);
    const answeredAt = later(rangAt, seed.ringSeconds);
    if (seed.talkSeconds !== null)
      await send(
        { type: 'RecordCtiEvent', data: { ...base, event: 'answer', answeringStaffId: staffId, at: answeredAt } },
        `seed-${callId}-answer`,
      );
    const endedAt = later(answeredAt, seed.talkSeconds ?? 0);
    await send(
      { type: 'RecordCtiEvent', data: { ...base, event: 'hangup', cause: seed.cause, at: endedAt } },
      `seed-${callId}-hangup`,
    );
    const by = staffActor(seed.user);
    for (const [index, text] of (seed.notes ?? []).entries())
      await send(
        { type: 'NoteCall', data: { callId, noteId: `seed-note-${index}`, text, by, at: later(answeredAt, 30) } },
        `seed-${callId}-note-${index}`,
      );
    if (seed.topic)
      await send(
        {
          type: 'WrapUpCall',
          data: { callId, topic: seed.topic, outcome: 'ANSWERED', requesterType: null, by, at: later(endedAt, 60) },
        },
        `seed-${callId}-wrap-up`,
      );
    report.callsRecorded++;
  }

  // The abandoned call is being called back: assigned, one attempt that found nobody.
  const abandoned = ctiCallId('demo-call-5');
  const sara = staffActor('Sara Ahmadi');
  const recent = new Date(start - 10 * 60_000).toISOString();
  if (readModel.call(abandoned)?.callback?.state === 'WAITING') {
    await send(
      { type: 'AssignCallback', data: { callId: abandoned, staffId: sara.id, by: sara, at: recent } },
      'seed-callback-assign',
    );
    await send(
      {
        type: 'AttemptCallback',
        data: {
          callId: abandoned,
          attemptId: 'seed-attempt-1',
          outcome: 'NO_ANSWER',
          note: 'Rang out; will try after lunch.',
          by: sara,
          at: recent,
        },
      },
      'seed-callback-attempt',
    );
  }

  const logged = 'seed-logged-call-1';
  if (!readModel.call(logged)) {
    const minh = staffActor('Nguyễn Văn Minh');
    await send(
      {
        type: 'LogCall',
        data: {
          callId: logged,
          direction: 'IN',
          counterpart: callNumber('+842439330000'),
          startedAt: new Date(start - 70 * 60_000).toISOString(),
          durationSeconds: 420,
          outcome: 'ANSWERED',
          topic: 'Thesis deposit',
          requesterType: null,
          notes: 'Called the engineering desk directly; asked how to deposit a thesis with embargo.',
          by: minh,
          at: new Date(start - 60 * 60_000).toISOString(),
        },
      },
      'seed-logged-call-1',
    );
    report.callsRecorded++;
  }

  const listId = 'seed-publishers-open-issues';
  if (!readModel.callList(listId)) {
    const by = staffActor('Yuki Tanaka');
    const at = new Date(start - 120 * 60_000).toISOString();
    const entries = [
      { entryId: 'e1', number: callNumber('+493055571600'), label: 'Verlag Nord — missing volumes', reference: null },
      { entryId: 'e2', number: callNumber('+442079460123'), label: 'Harbour Press — licence renewal', reference: null },
      { entryId: 'e3', number: callNumber('+982188776655'), label: 'Nashr-e Kavir — invoice dispute', reference: null },
    ];
    expectOk(
      await commands.list(
        {
          type: 'CreateCallList',
          data: {
            listId,
            name: 'Publishers with an open issue',
            description: 'Call each back about their open issue this week.',
            entries,
            by,
            at,
          },
        },
        'seed-call-list',
        SEED_ACTOR,
      ),
      'the follow-up list',
    );
    expectOk(
      await commands.list(
        {
          type: 'RecordCallListAttempt',
          data: {
            listId,
            entryId: 'e1',
            attemptId: 'seed-list-attempt-1',
            outcome: 'REACHED',
            note: 'Volumes ship on Friday.',
            done: true,
            by,
            at: later(at, 900),
          },
        },
        'seed-call-list-attempt',
        SEED_ACTOR,
      ),
      'the follow-up list attempt',
    );
    report.callListsCreated++;
  }
  return report;
}
