import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { formatPeriod } from '../companies/format';
import { formatDay, formatMoney } from './format';

const CompanyDeclarationsQuery = graphql(`
  query CompanyDeclarations($id: ID!) {
    company(id: $id) {
      id
      declarations { id type period taxDue dueDate paidAt status }
    }
  }
`);

const MarkDeclarationPaidMutation = graphql(`
  mutation MarkDeclarationPaid($id: ID!, $paid: Boolean!) {
    markDeclarationPaid(id: $id, paid: $paid) { id paidAt }
  }
`);

/** Declarations shown at most on the company card: the newest periods. */
const SHOWN = 12;

/** The company card's declarations: amount, due date, and "Oznacz jako zapłaconą". */
export function CompanyDeclarations({ companyId }: { companyId: string }) {
  const { t, lang } = useI18n();
  const [result] = useQuery({ query: CompanyDeclarationsQuery, variables: { id: companyId } });
  const [{ fetching }, mark] = useMutation(MarkDeclarationPaidMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const declarations = result.data?.company?.declarations.slice(0, SHOWN) ?? [];

  const onMark = async (id: string, paid: boolean) => {
    setProblem(null);
    const outcome = await mark({ id, paid });
    if (outcome.error) setProblem(outcome.error.graphQLErrors[0]?.message ?? outcome.error.message);
  };

  return (
    <section
      className="card crm-declarations"
      aria-labelledby="crm-declarations-title"
      data-testid="company-declarations"
    >
      <h2 id="crm-declarations-title">{t('deadlines.declarations.title')}</h2>
      {problem && (
        <p role="alert" className="error">
          {t('deadlines.declarations.error', { message: problem })}
        </p>
      )}
      {result.data && declarations.length === 0 ? (
        <p className="muted">{t('deadlines.declarations.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('deadlines.declarations.type')}</th>
              <th scope="col">{t('deadlines.declarations.period')}</th>
              <th scope="col">{t('deadlines.declarations.amount')}</th>
              <th scope="col">{t('deadlines.declarations.due')}</th>
              <th scope="col">{t('deadlines.declarations.paid')}</th>
            </tr>
          </thead>
          <tbody>
            {declarations.map((d) => (
              <tr key={d.id} data-testid="declaration-row" data-declaration-id={d.id}>
                <td>{d.type}</td>
                <td>{formatPeriod(d.period)}</td>
                <td>{formatMoney(d.taxDue, lang)}</td>
                <td>{d.dueDate ? formatDay(d.dueDate, lang) : '—'}</td>
                <td>
                  {Number(d.taxDue) <= 0 ? (
                    <span className="muted">{t('deadlines.declarations.nothingToPay')}</span>
                  ) : d.paidAt ? (
                    <span data-testid="declaration-paid">
                      {t('deadlines.declarations.paidAt', {
                        date: new Date(d.paidAt).toLocaleDateString(lang),
                      })}{' '}
                      <button
                        type="button"
                        className="link"
                        disabled={fetching}
                        onClick={() => onMark(d.id, false)}
                      >
                        {t('deadlines.declarations.markUnpaid')}
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      disabled={fetching}
                      onClick={() => onMark(d.id, true)}
                      data-testid="declaration-mark-paid"
                    >
                      {t('deadlines.declarations.markPaid')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
