import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../../shared/schemas/membership';
import { roleSchema } from '../../../../../shared/schemas/role';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormError } from '../../../components/ui/form-error';
import { RadioGroup } from '../../../components/ui/radio-group';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useChangeRole } from '../api/use-change-role';
import { roleOptions } from './role-options';

interface ChangeRoleDialogProps {
  regionId: string;
  /** The member whose role to change; the dialog is open while this is set. */
  member: Member | null;
  onClose: () => void;
}

/** Koordinator, medlem or observatør for one member, each choice explained. */
export function ChangeRoleDialog({ regionId, member, onClose }: ChangeRoleDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={member !== null} onClose={onClose} title={member ? t('members.change-role-heading', { name: member.displayName }) : ''}>
      {member ? <ChangeRoleForm regionId={regionId} member={member} onDone={onClose} /> : null}
    </Dialog>
  );
}

function ChangeRoleForm({ regionId, member, onDone }: { regionId: string; member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const changeRole = useChangeRole(regionId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changeRole.isPending) return;
    const role = roleSchema.safeParse(new FormData(event.currentTarget).get('role'));
    if (!role.success) return;
    if (role.data === member.role) {
      onDone();
      return;
    }
    changeRole.mutate(
      { userId: member.userId, role: role.data },
      {
        onSuccess: () => {
          toast.show({ message: t('members.role-changed', { name: member.displayName, role: t(`role.${role.data}`) }) });
          onDone();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit}>
      <RadioGroup legend={t('members.role-legend')} name="role" options={roleOptions(t)} defaultValue={member.role} />
      <FormError message={changeRole.isError ? errorText(changeRole.error) : null} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={changeRole.isPending}>
          {changeRole.isPending ? t('common.saving') : t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
