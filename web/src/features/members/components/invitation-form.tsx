import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/i18n/format-time';
import type { Invitation } from '../../../../../shared/schemas/membership';
import { roleSchema } from '../../../../../shared/schemas/role';
import { Button } from '../../../components/ui/button';
import { CopyLink } from '../../../components/ui/copy-link';
import { FormError } from '../../../components/ui/form-error';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useCreateInvitation } from '../api/use-create-invitation';
import { useInvitations } from '../api/use-invitations';
import { roleOptions } from './role-options';

const expiryChoices = [1, 3, 7, 14, 30] as const;

/**
 * Makes an invitation link with a role and an expiry. The new link is shown right below, ready to
 * copy, and focus moves there so keyboard and screen-reader users find it.
 */
export function InvitationForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const createInvitation = useCreateInvitation(regionId);
  const [created, setCreated] = useState<Invitation | null>(null);
  const createdHeadingRef = useRef<HTMLHeadingElement>(null);
  const invitations = useInvitations(regionId);
  // Once the list knows the new link was revoked (or used up), there is nothing left to copy here.
  const createdNow = created ? invitations.data?.find((invitation) => invitation.id === created.id) : undefined;
  const createdStillWorks = createdNow === undefined || createdNow.status === 'active';

  useEffect(() => {
    if (created) createdHeadingRef.current?.focus();
  }, [created]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createInvitation.isPending) return;
    const data = new FormData(event.currentTarget);
    const role = roleSchema.safeParse(data.get('role'));
    if (!role.success) return;
    createInvitation.mutate({ role: role.data, expiresInDays: Number(data.get('expiresInDays')) || 7 }, { onSuccess: setCreated });
  };

  return (
    <>
      <section aria-labelledby="invite-create-heading" className="subsection">
        <h3 id="invite-create-heading">{t('invitations.create-heading')}</h3>
        <form noValidate className="form" onSubmit={submit}>
          <RadioGroup legend={t('invitations.role')} name="role" options={roleOptions(t)} defaultValue="medlem" />
          <SelectField
            name="expiresInDays"
            label={t('invitations.expiry')}
            defaultValue="7"
            options={expiryChoices.map((days) => ({ value: String(days), label: t('invitations.days', { count: days }) }))}
          />
          <FormError message={createInvitation.isError ? errorText(createInvitation.error) : null} />
          <div className="form-actions">
            <Button type="submit" variant="primary" aria-disabled={createInvitation.isPending}>
              {createInvitation.isPending ? t('common.saving') : t('invitations.submit')}
            </Button>
          </div>
        </form>
      </section>
      {created?.path && createdStillWorks ? (
        <Alert data-color="success" className="notice-alert" role="region" aria-labelledby="invite-created-heading">
          <Heading level={3} data-size="xs" id="invite-created-heading" ref={createdHeadingRef} tabIndex={-1}>
            {t('invitations.new-heading')}
          </Heading>
          <Paragraph>{t('invitations.new-text', { date: formatDate(new Date(created.expiresAt), language) })}</Paragraph>
          <CopyLink url={`${window.location.origin}${created.path}`} label={t('invitations.item-title', { role: t(`role.noun.${created.role}`) })} />
        </Alert>
      ) : null}
    </>
  );
}
