import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary, ToolkitStep } from '../../../../../shared/schemas/template';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useTemplates } from '../api/use-templates';
import { useMarkToolkitStep, useToolkit } from '../api/use-toolkit';
import { ToolkitPathStep } from './toolkit-path-step';
import '../templates.css';

interface ToolkitPathProps {
  regionId: string;
  /** Coordinators and members mark worksheets as agreed; observers see the marks. */
  canMark: boolean;
  /** Shown beside a worksheet's "Vi er enige" mark: e.g. a link to the decisions made on its boards. */
  agreedExtra?: (templateId: string) => ReactNode;
}

/**
 * The toolkit as a path on the region page: the guide's worksheets in its order, which the region
 * has started (boards made from them) and agreed on, and the next one to take up.
 */
export function ToolkitPath({ regionId, canMark, agreedExtra }: ToolkitPathProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const toast = useToast();
  const templates = useTemplates();
  const toolkit = useToolkit(regionId);
  const marks = useMarkToolkitStep(regionId);

  const body = () => {
    if (templates.isPending || toolkit.isPending) return <LoadingState text={t('templates.path.loading')} />;
    if (templates.isError || toolkit.isError) {
      return (
        <ErrorState
          headingLevel={3}
          message={errorText(templates.error ?? toolkit.error)}
          onRetry={() => void Promise.all([templates.refetch(), toolkit.refetch()])}
        />
      );
    }
    const byId = new Map(templates.data.map((template) => [template.id, template]));
    const steps = toolkit.data
      .map((stored) => ({ step: withPendingMark(stored, marks.pendingMarks.get(stored.templateId)), template: byId.get(stored.templateId) }))
      .filter((entry): entry is { step: ToolkitStep; template: TemplateSummary } => !!entry.template);
    const agreed = steps.filter(({ step }) => step.agreed).length;
    const next = steps.find(({ step }) => !step.agreed)?.step.templateId ?? null;
    return (
      <>
        <p>{t('templates.path.summary', { agreed: String(agreed), total: String(steps.length) })}</p>
        <ol className="toolkit-path">
          {steps.map(({ step, template }, index) => (
            <ToolkitPathStep
              key={step.templateId}
              regionId={regionId}
              number={index + 1}
              step={step}
              template={template}
              language={language}
              isNext={step.templateId === next}
              canMark={canMark}
              agreedExtra={agreedExtra?.(step.templateId)}
              onMark={(value) => {
                const title = template.texts[language].title;
                marks.mark(
                  { templateId: step.templateId, agreed: value },
                  {
                    onSuccess: () => toast.show({ message: t(value ? 'templates.path.marked' : 'templates.path.unmarked', { title }) }),
                    onError: (error) => toast.show({ message: errorText(error), tone: 'error' }),
                  },
                );
              }}
            />
          ))}
        </ol>
      </>
    );
  };

  return (
    <section className="section" aria-labelledby="toolkit-path-heading">
      <h2 id="toolkit-path-heading">{t('templates.path.heading')}</h2>
      <p>{t('templates.path.intro')}</p>
      {body()}
    </section>
  );
}

/** The step as the person sees it while their mark is on its way: agreed now, by them (named on the answer). */
function withPendingMark(step: ToolkitStep, agreed: boolean | undefined): ToolkitStep {
  if (agreed === undefined || agreed === !!step.agreed) return step;
  return { ...step, agreed: agreed ? { at: new Date().toISOString(), by: null } : null };
}
