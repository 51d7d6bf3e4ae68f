/** A department's decider (`department-<id>`), pure: opened once, with a name in every language. */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { DepartmentCommand } from './commands';
import { IDENTITY_ERRORS, type IdentityRejection } from './errors';
import { LOCALES, type DepartmentEvent, type LocalizedText } from './identity-events';
import { isDepartmentName } from './limits';

export interface DepartmentState {
  opened: boolean;
}

export const initialDepartmentState = (): DepartmentState => ({ opened: false });

export function evolveDepartment(state: DepartmentState, event: DepartmentEvent): DepartmentState {
  switch (event.type) {
    case 'DepartmentOpened':
      return { ...state, opened: true };
    default:
      return assertNever(event.type);
  }
}

export function decideDepartment(
  command: DepartmentCommand,
  state: DepartmentState,
): DepartmentEvent[] | IdentityRejection {
  switch (command.type) {
    case 'OpenDepartment': {
      const { departmentId, name, at } = command.data;
      if (state.opened) return IDENTITY_ERRORS.reject('IDENTITY_DEPARTMENT_EXISTS');
      if (!isDepartmentName(name)) return IDENTITY_ERRORS.reject('IDENTITY_DEPARTMENT_NAME_INVALID');
      const trimmed = Object.fromEntries(LOCALES.map((locale) => [locale, name[locale].trim()])) as LocalizedText;
      return [{ type: 'DepartmentOpened', data: { departmentId, name: trimmed, openedAt: at } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const departmentDecider: Decider<DepartmentCommand, DepartmentEvent, DepartmentState, IdentityRejection> = {
  initialState: initialDepartmentState,
  evolve: evolveDepartment,
  decide: decideDepartment,
};
