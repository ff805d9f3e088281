import { Card } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../../../../shared/schemas/municipality';
import type { Region } from '../../../../../shared/schemas/region';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { focusWhenShown } from '../../../lib/focus-when-shown';
import { useErrorText } from '../../../lib/use-error-text';
import { useRemoveMunicipality } from '../api/use-remove-municipality';
import { AddMunicipalityForm } from './add-municipality-form';

/** The member municipalities with "Fjern" on each (asking first, as removing a person does), and the form to add one. */
export function MunicipalityManager({ region }: { region: Region }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const removeMunicipality = useRemoveMunicipality(region.id);
  const [removing, setRemoving] = useState<Municipality | null>(null);

  const closeRemove = () => {
    removeMunicipality.reset();
    setRemoving(null);
  };
  const confirmRemove = () => {
    if (!removing) return;
    const municipality = removing;
    removeMunicipality.mutateAsync(municipality.id).then(
      () => {
        setRemoving(null);
        toast.show({ message: t('settings.municipalities.removed', { name: municipality.name }) });
        // The removed row took the pressed button with it: the heading takes focus once the dialog has closed.
        focusWhenShown('#municipalities-heading');
      },
      () => undefined,
    );
  };

  return (
    <Card asChild>
      <section className="section" aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading" tabIndex={-1}>
          {t('settings.municipalities.heading')}
        </h2>
        <p>{t('settings.municipalities.intro')}</p>
        {region.municipalities.length === 0 ? (
          <p className="empty-note">{t('region.no-municipalities')}</p>
        ) : (
          <ul className="row-list" aria-labelledby="municipalities-heading">
            {region.municipalities.map((municipality) => (
              <li key={municipality.id} className="row">
                <span className="row__main">{t('region.municipality', { name: municipality.name, number: municipality.kommunenummer })}</span>
                <Button aria-label={t('settings.municipalities.remove-named', { name: municipality.name })} onClick={() => setRemoving(municipality)}>
                  {t('settings.municipalities.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <AddMunicipalityForm regionId={region.id} />
        <ConfirmDialog
          open={removing !== null}
          title={t('settings.municipalities.remove-heading', { name: removing?.name ?? '' })}
          text={t('settings.municipalities.remove-text', { name: removing?.name ?? '' })}
          confirmLabel={t('settings.municipalities.remove-confirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={confirmRemove}
          onClose={closeRemove}
          pending={removeMunicipality.isPending}
          error={removeMunicipality.isError ? errorText(removeMunicipality.error) : null}
        />
      </section>
    </Card>
  );
}
