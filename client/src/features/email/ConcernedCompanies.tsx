import { useId, useState } from 'react';
import { useI18n } from '../../i18n';

/** "dotyczy 1 z 2 firm", opening to the names of the companies a printout applies to. */
export function ConcernedCompanies({
  companyIds,
  companies,
}: {
  companyIds: readonly string[];
  companies: readonly { id: string; name: string }[];
}) {
  const { tn } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return (
    <span className="concerned" data-testid="printout-concerned">
      <button
        type="button"
        className="link muted"
        data-testid="printout-applies"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {tn('email.printouts.applies', companies.length, {
          count: companyIds.length,
          total: companies.length,
        })}
      </button>
      <ul id={listId} className="concerned-names" hidden={!open} data-testid="printout-companies">
        {companyIds.map((id) => (
          <li key={id}>{names.get(id) ?? id}</li>
        ))}
      </ul>
    </span>
  );
}
