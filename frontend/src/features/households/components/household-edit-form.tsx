import { useTranslation } from 'react-i18next';
import type { HouseholdDto } from '@ntm/shared';
import { useUpdateHousehold } from '../api/save-household';
import { useVillageOptions } from '../hooks/use-village-options';
import { HouseholdForm } from './household-form';
import { toMemberDraft } from './member-fields';

/** Edits against the revision shown: if someone saved in between, the server refuses (409) and says so. */
export function HouseholdEditForm({ household, onDone }: { household: HouseholdDto; onDone: (message: string | null) => void }) {
  const { t } = useTranslation();
  const mutation = useUpdateHousehold(household.id);
  const villages = useVillageOptions(household.village.code);
  return (
    <HouseholdForm
      initial={{ villageCode: household.village.code, code: household.code, address: household.address ?? '', members: household.members.map(toMemberDraft) }}
      heading={t('households.editTitle', { code: household.code })}
      submitLabel={t('common.save')}
      villages={villages}
      withCode={false}
      mutation={mutation}
      onSubmit={({ villageCode, address, members }) =>
        mutation.mutate({ revision: household.revision, villageCode, address, members }, { onSuccess: () => onDone(t('households.savedNotice')) })
      }
      onCancel={() => onDone(null)}
    />
  );
}
