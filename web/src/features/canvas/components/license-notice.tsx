import { useTranslation } from 'react-i18next';

/** Shown where the board would be when tldraw refuses to run unlicensed in production. */
export function LicenseNotice() {
  const { t } = useTranslation();
  return (
    <div className="canvas-notice" role="alert" data-testid="canvas-license-notice">
      <h2>{t('canvas.license.title')}</h2>
      <p>{t('canvas.license.text')}</p>
      <p className="canvas-notice__operator">{t('canvas.license.operator')}</p>
    </div>
  );
}
