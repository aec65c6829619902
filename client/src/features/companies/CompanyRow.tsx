import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { CompanyCell } from './CompanyCell';
import type { PickedCompany } from './selection';
import type { Column } from './views';

/**
 * A row's fields: those every view shows, and each view's own behind its switch (views.ts), so the
 * list fetches only what the shown view needs.
 */
export const CompanyRow_company = graphql(`
  fragment CompanyRow_company on Company {
    id
    name
    nip
    email
    taxForm
    vatPayer
    unreadFromClientCount
    caretaker { id name }
    lastMessage @include(if: $overview) { id createdAt kind direction }
    lastPrintoutEmail @include(if: $accounting) {
      id
      delivery { id sentAt }
      attachments { id printout period }
    }
    users @include(if: $hr) { id name email }
    latestDeclaration @include(if: $taxes) {
      id
      type
      period
      status
      filedAt
      upo { id receivedAt referenceNumber }
    }
  }
`);

/** One company of the list: its tick box, its name (to its card) and the view's columns. */
export function CompanyRow({
  company: companyRef,
  columns,
  ticked,
  onToggle,
}: {
  company: FragmentType<typeof CompanyRow_company>;
  columns: Column[];
  ticked: boolean;
  onToggle(company: PickedCompany): void;
}) {
  const { t } = useI18n();
  const company = useFragment(CompanyRow_company, companyRef);
  return (
    <tr
      data-testid="company-row"
      data-company-id={company.id}
      className={ticked ? 'selected' : undefined}
    >
      <td className="select-col">
        <input
          type="checkbox"
          data-testid="company-select"
          checked={ticked}
          aria-label={t('companies.selectRow', { name: company.name })}
          onChange={() => onToggle({ id: company.id, name: company.name })}
        />
      </td>
      <th scope="row" className="company-name">
        <Link to={`/companies/${company.id}`} data-testid="company-link" title={company.name}>
          {company.name}
        </Link>
      </th>
      {columns.map((column) => (
        <td key={column} data-column={column} data-label={t(`companies.col.${column}`)}>
          <CompanyCell column={column} company={company} />
        </td>
      ))}
    </tr>
  );
}
