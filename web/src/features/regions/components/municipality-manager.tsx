import { Card } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../../shared/schemas/region';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useRemoveMunicipality } from '../api/use-remove-municipality';
import { AddMunicipalityForm } from './add-municipality-form';

/** The member municipalities with "Fjern" on each, and the form to add one. */
export function MunicipalityManager({ region }: { region: Region }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const removeMunicipality = useRemoveMunicipality(region.id);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <Card asChild>
      <section className="section" aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading" ref={headingRef} tabIndex={-1}>
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
                <Button
                  aria-label={t('settings.municipalities.remove-named', { name: municipality.name })}
                  onClick={() =>
                    removeMunicipality.mutate(municipality.id, {
                      onSuccess: () => {
                        // The removed row took the focused button with it.
                        headingRef.current?.focus();
                        toast.show({ message: t('settings.municipalities.removed', { name: municipality.name }) });
                      },
                      onError: (error) => toast.show({ message: errorText(error), tone: 'error' }),
                    })
                  }
                >
                  {t('settings.municipalities.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <AddMunicipalityForm regionId={region.id} />
      </section>
    </Card>
  );
}
