import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/schemas/language';
import type { PreviewSummaryView } from '../../../../../shared/schemas/template';
import { describePreview } from '../lib/describe-preview';

interface TemplatePreviewProps {
  /** Where the server draws the image (an SVG made from the template's content). */
  src: string;
  title: string;
  summary: PreviewSummaryView;
  language: Language;
}

/** A template's preview image with a text alternative that says what it shows. */
export function TemplatePreview({ src, title, summary, language }: TemplatePreviewProps) {
  const { t } = useTranslation();
  return <img className="template-preview" src={src} alt={describePreview(t, title, summary, language)} width={480} height={300} loading="lazy" />;
}
