import type { ReactNode } from 'react';
import type { CompanyRow_CompanyFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { formatNip, formatPeriod } from './format';
import type { Column } from './views';

type Company = CompanyRow_CompanyFragment;

/** One column of a company's row; a view's own fields are there while that view is shown. */
export function CompanyCell({ column, company }: { column: Column; company: Company }): ReactNode {
  const { t, formatDateTime } = useI18n();
  const none = (text: string) => <span className="muted">{text}</span>;
  switch (column) {
    case 'nip':
      return <span className="nip">{formatNip(company.nip)}</span>;
    case 'caretaker':
      return company.caretaker ? company.caretaker.name : none(t('companies.noCaretaker'));
    case 'taxForm':
      return t(`enum.TaxForm.${company.taxForm}`);
    case 'vat':
      return t(company.vatPayer ? 'companies.vat.yes' : 'companies.vat.no');
    case 'unread':
      return <UnreadCell company={company} />;
    case 'lastMessageAt': {
      const message = company.lastMessage;
      if (!message) return none(t('companies.noMessages'));
      return (
        <span className="last-message" data-testid="company-last-message">
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>{' '}
          <span className="muted">{t(`enum.MessageKind.${message.kind}`)}</span>
        </span>
      );
    }
    case 'lastPrintout': {
      const email = company.lastPrintoutEmail;
      const sentAt = email?.delivery?.sentAt;
      if (!email || !sentAt) return none(t('companies.noPrintouts'));
      const printouts = email.attachments.flatMap((a) =>
        a.printout
          ? [`${t(`enum.PrintoutKind.${a.printout}`)} ${a.period ? formatPeriod(a.period) : ''}`]
          : [],
      );
      return (
        <span className="last-printout" data-testid="company-last-printout">
          <time dateTime={sentAt}>{formatDateTime(sentAt)}</time>{' '}
          <span className="muted">{printouts.join(', ')}</span>
        </span>
      );
    }
    case 'contact': {
      const users = company.users ?? [];
      const [first] = users;
      if (!first) return none(t('companies.noContact'));
      return users.length > 1
        ? t('companies.contact.more', { name: first.name, count: users.length - 1 })
        : first.name;
    }
    case 'contactEmail': {
      const email = company.users?.[0]?.email ?? company.email;
      return <a href={`mailto:${email}`}>{email}</a>;
    }
    case 'declaration': {
      const declaration = company.latestDeclaration;
      if (!declaration) return none(t('companies.noDeclarations'));
      return (
        <span data-testid="company-declaration">
          {declaration.type} <span className="muted">{formatPeriod(declaration.period)}</span>
        </span>
      );
    }
    case 'upo': {
      const declaration = company.latestDeclaration;
      if (!declaration) return none('—');
      const upo = declaration.upo;
      return (
        <span
          className={`upo-status upo-${upo ? 'received' : declaration.status.toLowerCase()}`}
          data-testid="company-upo"
          data-status={upo ? 'RECEIVED' : declaration.status}
        >
          {upo
            ? t('companies.upo.received', { date: formatDateTime(upo.receivedAt) })
            : t(`companies.upo.${declaration.status}`)}
        </span>
      );
    }
  }
}

function UnreadCell({ company }: { company: Company }) {
  const { tn } = useI18n();
  const count = company.unreadFromClientCount;
  return count > 0 ? (
    <Link
      to={`/inbox/${company.id}`}
      className="count-pill"
      data-testid="company-unread"
      data-count={count}
      aria-label={tn('companies.unread.open', count)}
    >
      {count}
    </Link>
  ) : (
    <span className="muted" data-testid="company-unread" data-count={0}>
      0
    </span>
  );
}
