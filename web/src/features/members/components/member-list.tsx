import { Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../../shared/schemas/membership';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { focusWhenShown } from '../../../lib/focus-when-shown';
import { useErrorText } from '../../../lib/use-error-text';
import { useMembers } from '../api/use-members';
import { useRemoveMember } from '../api/use-remove-member';
import { ChangeRoleDialog } from './change-role-dialog';

interface MemberListProps {
  regionId: string;
  regionName: string;
  /** Coordinators may change roles and remove people. */
  canManage: boolean;
  currentUserId: string;
  /** Called after the person has left the region themselves. */
  onLeft: () => void;
}

/**
 * The region's members with their roles. Coordinators change roles and remove people; anyone may
 * leave. Removing and leaving ask first; the server keeps at least one coordinator.
 */
export function MemberList({ regionId, regionName, canManage, currentUserId, onLeft }: MemberListProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const members = useMembers(regionId);
  const removeMember = useRemoveMember(regionId);
  const [changing, setChanging] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  const leaving = removing?.userId === currentUserId;
  const closeRemove = () => {
    removeMember.reset();
    setRemoving(null);
  };
  const confirmRemove = () => {
    if (!removing) return;
    const member = removing;
    removeMember.mutateAsync(member.userId).then(
      () => {
        setRemoving(null);
        if (member.userId === currentUserId) {
          toast.show({ message: t('members.left', { region: regionName }) });
          onLeft();
          return;
        }
        toast.show({ message: t('members.removed', { name: member.displayName }) });
        // The removed row took the pressed button with it: the heading takes focus once the dialog has closed.
        focusWhenShown('#members-heading');
      },
      () => undefined,
    );
  };

  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading" tabIndex={-1}>
        {t('members.list-heading')}
      </h2>
      {members.isPending ? (
        <LoadingState text={t('loading.members')} />
      ) : members.isError ? (
        <ErrorState headingLevel={3} message={errorText(members.error)} onRetry={() => void members.refetch()} />
      ) : members.data.length === 0 ? (
        <p className="empty-note">{t('members.empty')}</p>
      ) : (
        <ul className="row-list" aria-labelledby="members-heading">
          {members.data.map((member) => {
            const isMe = member.userId === currentUserId;
            const name = member.displayName;
            return (
              <li key={member.userId} className="row">
                <div className="row__main">
                  <h3 className="row__title">
                    {name}
                    {isMe ? <span className="muted"> {t('common.you')}</span> : null}
                  </h3>
                  <p className="row__meta">
                    <Tag data-color="neutral" data-size="sm" className="badge">
                      {t(`role.${member.role}`)}
                    </Tag>
                    <span>{member.email}</span>
                    {member.municipality ? <span>{member.municipality}</span> : null}
                  </p>
                </div>
                {canManage || isMe ? (
                  <div className="row__actions" role="group" aria-label={t('members.actions', { name })}>
                    {canManage ? (
                      <Button aria-label={t('members.change-role-named', { name })} onClick={() => setChanging(member)}>
                        {t('members.change-role')}
                      </Button>
                    ) : null}
                    {isMe ? (
                      <Button variant="danger" onClick={() => setRemoving(member)}>
                        {t('members.leave')}
                      </Button>
                    ) : (
                      <Button variant="danger" aria-label={t('members.remove-named', { name })} onClick={() => setRemoving(member)}>
                        {t('members.remove')}
                      </Button>
                    )}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <ChangeRoleDialog regionId={regionId} member={changing} onClose={() => setChanging(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={leaving ? t('members.leave-heading', { region: regionName }) : t('members.remove-heading', { name: removing?.displayName ?? '' })}
        text={leaving ? t('members.leave-text') : t('members.remove-text', { name: removing?.displayName ?? '' })}
        confirmLabel={leaving ? t('members.leave-confirm') : t('members.remove-confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={confirmRemove}
        onClose={closeRemove}
        pending={removeMember.isPending}
        error={removeMember.isError ? errorText(removeMember.error) : null}
      />
    </section>
  );
}
