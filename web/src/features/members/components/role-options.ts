import type { TFunction } from 'i18next';
import { roles, type Role } from '../../../../../shared/schemas/role';
import type { RadioOption } from '../../../components/ui/radio-group';

/** The three roles as choices, each with what it lets a person do. */
export function roleOptions(t: TFunction): RadioOption<Role>[] {
  return roles.map((role) => ({ value: role, label: t(`role.${role}`), hint: t(`role.hint.${role}`) }));
}
