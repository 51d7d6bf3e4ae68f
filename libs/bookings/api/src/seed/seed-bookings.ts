/**
 * Seeds the demo's branches, topics and experts on first start, after the demo staff: fixed
 * command ids, and whatever the read model already holds is skipped, so a second start (or a
 * second api process) writes nothing.
 */
import type { Actor } from '@deskstream/domain-kit';
import type { BookingActor } from '@deskstream/bookings-domain';
import type { BookingsReadModel } from '@deskstream/bookings-read-models';
import type { BookingsCommands } from '../commands';
import { SEED_BRANCHES, SEED_EXPERTS, SEED_TOPICS } from './seed-directory';

const SEED_ACTOR: Actor = { kind: 'system', id: 'demo-seed' };
const BY: BookingActor = { kind: 'staff', id: 'demo-seed', name: 'Demo content' };

export interface BookingsSeedReport {
  branchesOpened: number;
  topicsDefined: number;
  expertsEnrolled: number;
}

export async function seedBookings(
  commands: Pick<BookingsCommands, 'branch' | 'topic' | 'expert'>,
  readModel: BookingsReadModel,
  now: () => Date,
): Promise<BookingsSeedReport> {
  const report: BookingsSeedReport = { branchesOpened: 0, topicsDefined: 0, expertsEnrolled: 0 };
  const at = now().toISOString();
  const expectOk = (outcome: { ok: boolean; error?: { code: string; message: string } }, what: string) => {
    if (!outcome.ok) throw new Error(`Seeding ${what} failed: ${outcome.error?.code} ${outcome.error?.message}`);
  };
  const { directory } = readModel;
  for (const { id, ...branch } of SEED_BRANCHES) {
    if (directory.branches.has(id)) continue;
    const data = { branchId: id, ...branch, at, by: BY };
    expectOk(
      await commands.branch({ type: 'OpenBranch', data }, `seed-booking-branch-${id}`, SEED_ACTOR),
      `branch ${id}`,
    );
    report.branchesOpened++;
  }
  for (const { id, name } of SEED_TOPICS) {
    if (directory.topics.has(id)) continue;
    const data = { topicId: id, name, at, by: BY };
    expectOk(
      await commands.topic({ type: 'DefineTopic', data }, `seed-booking-topic-${id}`, SEED_ACTOR),
      `topic ${id}`,
    );
    report.topicsDefined++;
  }
  for (const expert of SEED_EXPERTS) {
    if (directory.experts.has(expert.staffId)) continue;
    const displayName = directory.staff.get(expert.staffId)?.displayName ?? expert.fallbackName;
    const enrol = {
      expertId: expert.staffId,
      displayName,
      branchId: expert.branchId,
      topicIds: expert.topicIds,
      at,
      by: BY,
    };
    expectOk(
      await commands.expert({ type: 'EnrolExpert', data: enrol }, `seed-booking-expert-${expert.staffId}`, SEED_ACTOR),
      `expert ${displayName}`,
    );
    const hours = { expertId: expert.staffId, weekly: expert.weekly, at, by: BY };
    expectOk(
      await commands.expert(
        { type: 'SetAvailability', data: hours },
        `seed-booking-hours-${expert.staffId}`,
        SEED_ACTOR,
      ),
      `hours of ${displayName}`,
    );
    report.expertsEnrolled++;
  }
  return report;
}
