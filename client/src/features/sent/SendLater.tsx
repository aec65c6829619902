import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import {
  formatWarsaw,
  instantToWarsaw,
  MAX_SCHEDULE_DAYS,
  sendAtProblem,
  warsawToInstant,
} from './sendAt';

/** The next full hour, a sensible first choice for a send later. */
function nextHour(): Date {
  const at = new Date(Date.now() + 3_600_000);
  at.setMinutes(0, 0, 0);
  return at;
}

/** "Wyślij później" of a send dialog: off (send now), or a date and time in Warsaw. */
export function useSendLater() {
  const [enabled, setEnabled] = useState(false);
  const [start] = useState(() => instantToWarsaw(nextHour()));
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const at = enabled ? warsawToInstant(date, time) : null;
  const problem = enabled ? sendAtProblem(at) : null;
  return {
    enabled,
    setEnabled,
    date,
    setDate,
    time,
    setTime,
    problem,
    /** For the input: absent sends now. */
    sendAt: enabled && at && !problem ? at.toISOString() : undefined,
  };
}

export type SendLaterState = ReturnType<typeof useSendLater>;

/** The switch and, when on, the date and time with the limits shown. */
export function SendLaterField({ state, disabled }: { state: SendLaterState; disabled?: boolean }) {
  const { t, lang } = useI18n();
  const id = useId();
  const today = instantToWarsaw(new Date()).date;
  const limit = new Date(Date.now() + MAX_SCHEDULE_DAYS * 86_400_000);
  const last = instantToWarsaw(limit).date;
  return (
    <fieldset className="send-later" data-testid="send-later">
      <label className="inline">
        <input
          type="checkbox"
          data-testid="send-later-toggle"
          checked={state.enabled}
          disabled={disabled}
          onChange={(e) => state.setEnabled(e.target.checked)}
        />{' '}
        {t('schedule.later')}
      </label>
      {state.enabled && (
        <>
          <div className="send-later-when">
            <label htmlFor={`${id}-date`}>{t('schedule.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              data-testid="send-later-date"
              min={today}
              max={last}
              required
              value={state.date}
              disabled={disabled}
              onChange={(e) => state.setDate(e.target.value)}
            />
            <label htmlFor={`${id}-time`}>{t('schedule.time')}</label>
            <input
              id={`${id}-time`}
              type="time"
              data-testid="send-later-time"
              required
              value={state.time}
              disabled={disabled}
              onChange={(e) => state.setTime(e.target.value)}
            />
          </div>
          <p className="hint" id={`${id}-hint`}>
            {t('schedule.hint', { max: formatWarsaw(limit.toISOString(), lang) })}
          </p>
          {state.problem && (
            <p role="alert" className="error" data-testid="send-later-problem">
              {state.problem === 'tooFar'
                ? t('schedule.problem.tooFar', { days: MAX_SCHEDULE_DAYS })
                : t(`schedule.problem.${state.problem}`)}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
