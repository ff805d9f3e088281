import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { useErrorText } from '../../../lib/use-error-text';
import { useAcceptInvitation } from '../api/use-accept-invitation';

interface AcceptInvitationProps {
  token: string;
  regionName: string;
  onJoined: (regionId: string) => void;
}

/** "Bli med i …" for someone who is already signed in. */
export function AcceptInvitation({ token, regionName, onJoined }: AcceptInvitationProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const accept = useAcceptInvitation(token);
  return (
    <div className="form">
      <FormError message={accept.isError ? errorText(accept.error) : null} />
      <div className="form-actions">
        <Button
          variant="primary"
          aria-disabled={accept.isPending}
          onClick={() => {
            if (accept.isPending) return;
            accept.mutateAsync().then(
              ({ regionId }) => onJoined(regionId),
              () => undefined,
            );
          }}
        >
          {t('invite.join', { region: regionName })}
        </Button>
      </div>
    </div>
  );
}
