/**
 * Seeds the demo departments and staff on first start. Each step has a fixed command id, so a
 * second start (or a second api process) writes nothing; what the read model already shows is
 * skipped without touching the store, and passwords are hashed only for accounts not yet there.
 */
import { hashPassword, type IdentityCommands } from '@deskstream/identity-api';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import type { Actor } from '@deskstream/event-sourcing';
import { DEMO_DEPARTMENTS, DEMO_STAFF, type DemoDepartment, type DemoStaff } from './demo-data';
import { seedStaffSecurityDemo } from './staff-security-seed';

const SEED_ACTOR: Actor = { kind: 'system', id: 'demo-seed' };

export interface SeedReport {
  departmentsOpened: number;
  staffCreated: number;
  departmentsJoined: number;
}

export async function seedDemoData(
  commands: IdentityCommands,
  readModel: IdentityReadModel,
  now: () => Date,
  data: { departments: DemoDepartment[]; staff: DemoStaff[] } = { departments: DEMO_DEPARTMENTS, staff: DEMO_STAFF },
): Promise<SeedReport> {
  const report: SeedReport = { departmentsOpened: 0, staffCreated: 0, departmentsJoined: 0 };
  const at = () => now().toISOString();
  const expectOk = (outcome: { ok: boolean; error?: { code: string; message: string } }, what: string) => {
    if (!outcome.ok) throw new Error(`Seeding ${what} failed: ${outcome.error?.code} ${outcome.error?.message}`);
  };

  for (const department of data.departments) {
    if (readModel.departments.has(department.id)) continue;
    const outcome = await commands.department(
      { type: 'OpenDepartment', data: { departmentId: department.id, name: department.name, at: at() } },
      `seed-department-${department.id}`,
      SEED_ACTOR,
    );
    expectOk(outcome, `department ${department.id}`);
    if (outcome.ok && outcome.events.length > 0) report.departmentsOpened++;
  }

  for (const member of data.staff) {
    if (!readModel.staff.has(member.id)) {
      const outcome = await commands.staff(
        {
          type: 'CreateStaffAccount',
          data: {
            staffId: member.id,
            username: member.username,
            displayName: member.displayName,
            roles: member.roles,
            passwordHash: await hashPassword(member.password),
            at: at(),
          },
        },
        `seed-staff-${member.id}`,
        SEED_ACTOR,
      );
      expectOk(outcome, `staff account ${member.username}`);
      if (outcome.ok && outcome.events.length > 0) report.staffCreated++;
    }
    for (const departmentId of member.departments) {
      if (readModel.staff.get(member.id)?.departmentIds.includes(departmentId)) continue;
      const outcome = await commands.staff(
        { type: 'JoinDepartment', data: { staffId: member.id, departmentId, at: at() } },
        `seed-join-${member.id}-${departmentId}`,
        SEED_ACTOR,
      );
      expectOk(outcome, `${member.username} joining ${departmentId}`);
      if (outcome.ok && outcome.events.length > 0) report.departmentsJoined++;
    }
  }
  // Failures are facts of their moment, never repeated: written once, when the demo staff were just created.
  if (data.staff === DEMO_STAFF && report.staffCreated > 0) await seedStaffSecurityDemo(commands, readModel, now);
  return report;
}
