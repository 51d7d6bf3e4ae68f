/**
 * The events identity publishes that the reference desk listens to: which departments exist,
 * staff names, who belongs where and who is online. Declared here as the shapes chat reads
 * (the published contract), never imported from identity: contexts meet through events.
 */

type LocalizedText = Record<'fa' | 'en' | 'ja' | 'vi', string>;

export type DepartmentOpened = { type: 'DepartmentOpened'; data: { departmentId: string; name: LocalizedText } };
export type StaffAccountCreated = { type: 'StaffAccountCreated'; data: { staffId: string; displayName: string } };
export type AgentJoinedDepartment = { type: 'AgentJoinedDepartment'; data: { staffId: string; departmentId: string } };
export type AgentLeftDepartment = { type: 'AgentLeftDepartment'; data: { staffId: string; departmentId: string } };
export type AgentWentOnline = { type: 'AgentWentOnline'; data: { staffId: string; at: string } };
export type AgentWentOffline = { type: 'AgentWentOffline'; data: { staffId: string; at: string } };

export type DeskEvent = DepartmentOpened | StaffAccountCreated | AgentJoinedDepartment | AgentLeftDepartment | AgentWentOnline | AgentWentOffline;

export const DESK_EVENT_TYPES = [
  'DepartmentOpened',
  'StaffAccountCreated',
  'AgentJoinedDepartment',
  'AgentLeftDepartment',
  'AgentWentOnline',
  'AgentWentOffline',
] as const satisfies readonly DeskEvent['type'][];
