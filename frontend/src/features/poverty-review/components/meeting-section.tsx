import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday, type VillageReviewDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { FormActions } from '../../../components/ui/form-actions';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useRecordMeeting } from '../api/village-steps';
import { useReviewRoles } from '../hooks/use-review-roles';

const SHOWN = ['heldOn', 'attendees', 'agreeing'];

/** The village meetings held so far (a rejected one stays), and the form for the next one. */
export function MeetingSection({ campaignId, review }: { campaignId: string; review: VillageReviewDto }) {
  const { t } = useTranslation();
  const { canRecord } = useReviewRoles();
  const headers = (['heldOn', 'attendees', 'agreeing', 'result', 'minutes', 'recordedBy'] as const).map((key) => t(`povertyReview.meeting.${key}`));
  return (
    <div className="page-section">
      <h3>{t('povertyReview.meeting.title')}</h3>
      {review.meetings.length > 0 ? (
        <DataTable caption={t('povertyReview.meeting.history')} headers={headers}>
          {review.meetings.map((m) => (
            <tr key={m.id}>
              <td>{formatDate(m.heldOn)}</td>
              <td>{m.attendees}</td>
              <td>{m.agreeing}</td>
              <td className={m.accepted ? undefined : 'text-warning'}>{t(m.accepted ? 'povertyReview.meeting.accepted' : 'povertyReview.meeting.rejected')}</td>
              <td>{m.minutes ?? ''}</td>
              <td>{m.recordedBy.fullName}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {canRecord && review.stage === 'meeting' ? <MeetingForm campaignId={campaignId} villageCode={review.village.code} /> : null}
    </div>
  );
}

function MeetingForm({ campaignId, villageCode }: { campaignId: string; villageCode: string }) {
  const { t } = useTranslation();
  const record = useRecordMeeting(campaignId, villageCode);
  const [heldOn, setHeldOn] = useState(vietnamToday());
  const [attendees, setAttendees] = useState('');
  const [agreeing, setAgreeing] = useState('');
  const [minutes, setMinutes] = useState('');
  const errors = fieldErrorsOf(record.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate({ heldOn, attendees: Number(attendees), agreeing: Number(agreeing), minutes: minutes.trim() || undefined });
  };

  return (
    <form className="form-grid" onSubmit={onSubmit} aria-label={t('povertyReview.meeting.submit')}>
      <p className="field-hint form-wide">{t('povertyReview.meeting.hint')}</p>
      <TextField label={t('povertyReview.meeting.heldOn')} type="date" required max={vietnamToday()} value={heldOn} error={errors.heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      <div className="field-row">
        <TextField label={t('povertyReview.meeting.attendees')} type="number" min={1} required inputMode="numeric" value={attendees} error={errors.attendees} onChange={(e) => setAttendees(e.target.value)} />
        <TextField label={t('povertyReview.meeting.agreeing')} type="number" min={0} required inputMode="numeric" value={agreeing} error={errors.agreeing} onChange={(e) => setAgreeing(e.target.value)} />
      </div>
      <TextAreaField className="form-wide" label={t('povertyReview.meeting.minutes')} rows={3} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      <FormActions mutation={record} shownFields={SHOWN} submitLabel={t('povertyReview.meeting.submit')} />
    </form>
  );
}
