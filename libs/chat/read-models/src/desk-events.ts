/**
 * The events identity publishes that the reference desk listens to: which departments exist,
 * staff names and roles, who belongs where and who is online. Taken from identity's published
 * event types (`@deskstream/identity-domain`), narrowed to the fields chat reads, so a change of
 * identity's contract shows here at compile time and chat's tests can give only what matters.
 */
import type {
  AgentJoinedDepartment,
  AgentLeftDepartment,
  AgentWentOffline,
  AgentWentOnline,
  DepartmentOpened,
  StaffAccountCreated,
} from '@deskstream/identity-domain';

/** An event of identity's with only the payload fields chat reads. */
type Reads<Event extends { type: string; data: object }, Field extends keyof Event['data']> = {
  type: Event['type'];
  data: Pick<Event['data'], Field>;
};

export type DeskEvent =
  | Reads<DepartmentOpened, 'departmentId' | 'name'>
  | Reads<StaffAccountCreated, 'staffId' | 'displayName' | 'roles'>
  | Reads<AgentJoinedDepartment, 'staffId' | 'departmentId'>
  | Reads<AgentLeftDepartment, 'staffId' | 'departmentId'>
  | Reads<AgentWentOnline, 'staffId' | 'at'>
  | Reads<AgentWentOffline, 'staffId' | 'at'>;

export const DESK_EVENT_TYPES = [
  'DepartmentOpened',
  'StaffAccountCreated',
  'AgentJoinedDepartment',
  'AgentLeftDepartment',
  'AgentWentOnline',
  'AgentWentOffline',
] as const satisfies readonly DeskEvent['type'][];
