import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createRegionSchema } from '../../../../../shared/schemas/region';
import { SchemaForm } from '../../../components/ui/schema-form';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useCreateRegion } from '../api/use-create-region';
import { RegionFields } from './region-fields';

/** Creates a region and opens it. */
export function CreateRegionForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const createRegion = useCreateRegion();
  const form = useSchemaForm(createRegionSchema);

  return (
    <SchemaForm
      form={form}
      pending={createRegion.isPending}
      submitLabel={t('regions.create.submit')}
      pendingLabel={t('regions.create.submitting')}
      className="form"
      onValid={(input) => {
        createRegion.mutate(input, {
          onSuccess: (region) => {
            toast.show({ message: t('regions.create.done', { name: region.name }) });
            void navigate(`/samarbeid/${region.id}`);
          },
          onError: form.fail,
        });
      }}
    >
      <RegionFields errors={form.fieldErrors} nameHint={t('regions.create.name-hint')} />
    </SchemaForm>
  );
}
