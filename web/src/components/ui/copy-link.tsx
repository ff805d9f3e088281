import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText, selectText } from '../../lib/copy-text';
import { Button } from './button';

interface CopyLinkProps {
  /** The full address, shown as text anyone can select. */
  url: string;
  /** What the link is, for the button's accessible name ("Kopier lenke: invitasjon som medlem"). */
  label: string;
  /** What the link is for, shown above it where links stand side by side and look alike. */
  caption?: string;
}

const messageMs = 8_000;

/**
 * A link to hand on: the address as plain, selectable text and a "Kopier lenke" button. The result
 * is said right beside the button (a live region of its own, so it is heard inside dialogs too).
 * When the browser will not copy, the address is selected instead, with a hint to press Ctrl+C.
 */
export function CopyLink({ url, label, caption }: CopyLinkProps) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLElement>(null);
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    if (!result) return;
    const timer = window.setTimeout(() => setResult(null), messageMs);
    return () => window.clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    if (await copyText(url)) {
      setResult('copied');
      return;
    }
    if (textRef.current) selectText(textRef.current);
    setResult('failed');
  };

  return (
    <div className="copy-link">
      {caption ? <p className="copy-link__caption">{caption}</p> : null}
      <code ref={textRef} className="copy-link__url" translate="no">
        {url}
      </code>
      <div className="copy-link__actions">
        <Button aria-label={t('copy.button-named', { label })} onClick={() => void copy()}>
          {t('copy.button')}
        </Button>
        <span role="status" className={result === 'failed' ? 'copy-link__status copy-link__status--failed' : 'copy-link__status'}>
          {result === 'copied' ? t('copy.done') : result === 'failed' ? t('copy.failed') : null}
        </span>
      </div>
    </div>
  );
}
