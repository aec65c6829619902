import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { formatPeriod } from '../companies/format';
import { formatDay, formatMoney } from './format';

export const DeadlineRuleSection_office = graphql(`
  fragment DeadlineRuleSection_office on Office {
    id
    deadlineReminderRule {
      id
      enabled
      daysBefore
      hour
      templateId
      planned(first: 10) {
        declarationId
        companyId
        companyName
        declarationType
        period
        taxDue
        dueDate
        remindOn
      }
    }
  }
`);

const UpdateDeadlineReminderRuleMutation = graphql(`
  mutation UpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {
    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }
  }
`);

const DeadlineRuleTemplatesQuery = graphql(`
  query DeadlineRuleTemplates {
    messageTemplates { id name kind }
  }
`);

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Settings › "Przypomnienia o terminach": the office's rule and the reminders it plans next. */
export function DeadlineRuleSection({
  office: officeRef,
  onChanged,
}: {
  office: FragmentType<typeof DeadlineRuleSection_office>;
  onChanged(): void;
}) {
  const { t, lang } = useI18n();
  const office = useFragment(DeadlineRuleSection_office, officeRef);
  const rule = office.deadlineReminderRule;
  const id = useId();
  const [enabled, setEnabled] = useState(rule?.enabled ?? false);
  const [daysBefore, setDaysBefore] = useState(String(rule?.daysBefore ?? 3));
  const [hour, setHour] = useState(rule?.hour ?? 9);
  const [templateId, setTemplateId] = useState(rule?.templateId ?? '');
  const [templates] = useQuery({ query: DeadlineRuleTemplatesQuery });
  const notificationTemplates = (templates.data?.messageTemplates ?? []).filter(
    (template) => template.kind === 'NOTIFICATION',
  );
  const [status, setStatus] = useState<'idle' | 'saved' | string>('idle');
  const [{ fetching }, update] = useMutation(UpdateDeadlineReminderRuleMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({
      input: {
        enabled,
        daysBefore: Number(daysBefore),
        hour,
        templateId: templateId || null,
      },
    });
    if (result.error) setStatus(result.error.graphQLErrors[0]?.message ?? result.error.message);
    else {
      setStatus('saved');
      onChanged();
    }
  };

  return (
    <section
      className="card settings-section"
      aria-labelledby={`${id}-title`}
      data-testid="deadline-rule"
    >
      <h2 id={`${id}-title`}>{t('deadlines.rule.title')}</h2>
      <p className="hint">{t('deadlines.rule.hint')}</p>
      <form onSubmit={onSubmit} className="deadline-rule-form">
        <label className="inline">
          <input
            type="checkbox"
            name="enabled"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
            data-testid="deadline-rule-enabled"
          />{' '}
          {t('deadlines.rule.enabled')}
        </label>
        <div className="form-field" data-field="daysBefore">
          <label htmlFor={`${id}-days`}>{t('deadlines.rule.daysBefore')}</label>
          <input
            id={`${id}-days`}
            name="daysBefore"
            type="number"
            min={0}
            max={30}
            required
            value={daysBefore}
            aria-describedby={`${id}-days-hint`}
            onChange={(e) => setDaysBefore(e.target.value)}
            data-testid="deadline-rule-days"
          />
          <p className="hint" id={`${id}-days-hint`}>
            {t('deadlines.rule.daysBefore.hint')}
          </p>
        </div>
        <div className="form-field" data-field="hour">
          <label htmlFor={`${id}-hour`}>{t('deadlines.rule.hour')}</label>
          <select
            id={`${id}-hour`}
            name="hour"
            value={hour}
            onChange={(e) => setHour(Number(e.target.value))}
            data-testid="deadline-rule-hour"
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field" data-field="template">
          <label htmlFor={`${id}-template`}>{t('deadlines.rule.template')}</label>
          <select
            id={`${id}-template`}
            name="templateId"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
            aria-describedby={`${id}-template-hint`}
            data-testid="deadline-rule-template"
          >
            <option value="">{t('deadlines.rule.template.builtIn')}</option>
            {notificationTemplates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-template-hint`}>
            {t('deadlines.rule.template.hint')}
          </p>
        </div>
        <p className="form-actions">
          <button type="submit" disabled={fetching} data-testid="deadline-rule-save">
            {fetching ? t('deadlines.rule.saving') : t('deadlines.rule.save')}
          </button>{' '}
          {status === 'saved' && (
            <span role="status" data-testid="deadline-rule-saved">
              {t('deadlines.rule.saved')}
            </span>
          )}
          {status !== 'idle' && status !== 'saved' && (
            <span role="alert" className="error">
              {t('deadlines.rule.error', { message: status })}
            </span>
          )}
        </p>
      </form>
      <p data-testid="deadline-rule-summary">
        {rule?.enabled
          ? t('deadlines.rule.summary', { days: rule.daysBefore, hour: rule.hour })
          : t('deadlines.rule.summaryOff')}
      </p>
      {rule?.enabled && (
        <>
          <h3>{t('deadlines.planned.title')}</h3>
          {rule.planned.length === 0 ? (
            <p className="muted">{t('deadlines.planned.none')}</p>
          ) : (
            <table data-testid="deadline-planned">
              <thead>
                <tr>
                  <th scope="col">{t('deadlines.planned.remindOn')}</th>
                  <th scope="col">{t('deadlines.planned.company')}</th>
                  <th scope="col">{t('deadlines.planned.declaration')}</th>
                  <th scope="col">{t('deadlines.planned.amount')}</th>
                  <th scope="col">{t('deadlines.planned.due')}</th>
                </tr>
              </thead>
              <tbody>
                {rule.planned.map((p) => (
                  <tr key={p.declarationId}>
                    <td>{`${formatDay(p.remindOn, lang)}, ${String(rule.hour).padStart(2, '0')}:00`}</td>
                    <td>{p.companyName}</td>
                    <td>
                      {p.declarationType} <span className="muted">{formatPeriod(p.period)}</span>
                    </td>
                    <td>{formatMoney(p.taxDue, lang)}</td>
                    <td>{formatDay(p.dueDate, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
