import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { PickedCompany } from './selection';

/** How many chips show before "i N innych" opens the rest. */
const COLLAPSED = 6;
/** Past this many, even the opened list stops (10,000 chips help nobody). */
const OPENED = 300;

/** The ticked companies as chips, each removable; beyond a few collapsed behind "i N innych". */
export function SelectionChips({
  companies,
  onRemove,
}: {
  companies: readonly PickedCompany[];
  onRemove(id: string): void;
}) {
  const { t, tn } = useI18n();
  const [open, setOpen] = useState(false);
  const shown = companies.slice(0, open ? OPENED : COLLAPSED);
  const hidden = companies.length - shown.length;
  if (companies.length === 0) return null;
  return (
    <ul className="selection-chips" data-testid="selection-chips">
      {shown.map((company) => (
        <li key={company.id} className="chip" data-testid="selection-chip" data-id={company.id}>
          <span>{company.name}</span>
          <button
            type="button"
            className="chip-remove"
            aria-label={t('companies.selection.remove', { name: company.name })}
            onClick={() => onRemove(company.id)}
          >
            ×
          </button>
        </li>
      ))}
      {hidden > 0 && !open && (
        <li>
          <button
            type="button"
            className="link"
            aria-expanded={false}
            data-testid="selection-chips-more"
            onClick={() => setOpen(true)}
          >
            {tn('common.andMore', hidden)}
          </button>
        </li>
      )}
      {hidden > 0 && open && <li className="muted">{tn('common.andMore', hidden)}</li>}
      {open && companies.length > COLLAPSED && (
        <li>
          <button
            type="button"
            className="link"
            aria-expanded={true}
            data-testid="selection-chips-less"
            onClick={() => setOpen(false)}
          >
            {t('common.showLess')}
          </button>
        </li>
      )}
    </ul>
  );
}
