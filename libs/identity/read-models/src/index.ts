/** `@deskstream/identity-read-models`: staff, sessions, departments and who is online, folded from identity's events. */
export {
  IdentityReadModel,
  type DepartmentPresence,
  type DepartmentRecord,
  type SessionRecord,
  type StaffRecord,
} from './identity-read-model';
export { IDENTITY_PROJECTION, identityProjection } from './projections';
