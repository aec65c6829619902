import { useI18n } from '../../i18n';
import { type ChosenPrintout, printoutKey, usePrintoutLabel } from './PrintoutPicker';
import { formatPeriod } from './period';

/**
 * The printouts chosen so far, each once, with its period in words and a way to remove it. While
 * the picker shows a period, its ticked boxes stand for that period's printouts here.
 */
export function ChosenPrintouts({
  chosen,
  shownInPicker,
  onChange,
}: {
  chosen: ChosenPrintout[];
  /** The period the open picker shows, or null when it is closed. */
  shownInPicker: string | null;
  onChange(chosen: ChosenPrintout[]): void;
}) {
  const { t, tn, lang } = useI18n();
  const printoutLabel = usePrintoutLabel();
  const listed = chosen.filter((p) => p.period !== shownInPicker);
  if (listed.length === 0) return null;
  return (
    <div className="chosen-printouts" data-testid="email-chosen-printouts">
      <span>
        {shownInPicker === null
          ? tn('email.attachments.chosen', listed.length)
          : tn('email.attachments.chosenElsewhere', listed.length)}
      </span>
      <ul>
        {listed.map((p) => {
          const name = `${printoutLabel(p.kind, p.label)} — ${formatPeriod(p.period, lang)}`;
          return (
            <li
              key={printoutKey(p)}
              data-testid="email-chosen-printout"
              data-kind={p.kind}
              data-period={p.period}
            >
              {name}{' '}
              <button
                type="button"
                className="link"
                aria-label={t('email.attachments.remove', { name })}
                onClick={() => onChange(chosen.filter((x) => printoutKey(x) !== printoutKey(p)))}
              >
                {t('email.attachments.removeShort')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
