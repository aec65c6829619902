import type { ReactNode } from 'react';
import { type FragmentType, graphql, useFragment } from '../../gql';
import type { CompanyRow_CompanyFragment as CompanyRow_companyFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { formatNip } from './format';
import type { PickedCompany } from './selection';
import type { Column } from './views';

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
    lastMessage { id createdAt kind direction subject body }
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
        <Link to={`/companies/${company.id}`} data-testid="company-link">
          {company.name}
        </Link>
      </th>
      {columns.map((column) => (
        <td key={column} data-column={column}>
          <Cell column={column} company={company} />
        </td>
      ))}
    </tr>
  );
}

function Cell({
  column,
  company,
}: {
  column: Column;
  company: CompanyRow_companyFragment;
}): ReactNode {
  const { t, tn, formatDateTime } = useI18n();
  switch (column) {
    case 'nip':
      return <span className="nip">{formatNip(company.nip)}</span>;
    case 'email':
      return <a href={`mailto:${company.email}`}>{company.email}</a>;
    case 'caretaker':
      return company.caretaker ? (
        company.caretaker.name
      ) : (
        <span className="muted">{t('companies.noCaretaker')}</span>
      );
    case 'taxForm':
      return t(`enum.TaxForm.${company.taxForm}`);
    case 'vatPayer':
      return t(company.vatPayer ? 'companies.vatShort.yes' : 'companies.vatShort.no');
    case 'vat':
      return t(company.vatPayer ? 'companies.vat.yes' : 'companies.vat.no');
    case 'lastMessage': {
      const message = company.lastMessage;
      if (!message) return <span className="muted">{t('companies.noMessages')}</span>;
      const text = (message.subject || message.body).replace(/\s+/g, ' ').trim();
      return (
        <span className="last-message" title={text}>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>{' '}
          <span className="muted">{t(`enum.MessageKind.${message.kind}`)}:</span>{' '}
          {text.length > 70 ? `${text.slice(0, 70)}…` : text}
        </span>
      );
    }
    case 'unread':
      return company.unreadFromClientCount > 0 ? (
        <Link
          to={`/inbox/${company.id}`}
          className="count-pill"
          data-testid="company-unread"
          aria-label={tn('companies.unread.open', company.unreadFromClientCount)}
        >
          {company.unreadFromClientCount}
        </Link>
      ) : (
        <span className="muted" data-testid="company-unread">
          0
        </span>
      );
  }
}
