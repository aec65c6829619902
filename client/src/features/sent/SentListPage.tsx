import { type ReactNode, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { BroadcastRow } from './BroadcastRow';
import { useReadsRefetch } from './useReadsRefetch';

const SentQuery = graphql(`
  query SentBroadcasts($first: Int!, $after: String) {
    broadcasts(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id ...BroadcastRow_broadcast } }
    }
  }
`);

const PAGE = 25;

/** "Wysłane": the notifications and emails the viewer sent (the head: the office's), newest first. */
export function SentListPage({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const [result, reexecute] = useQuery({
    query: SentQuery,
    variables: { first: PAGE, after },
    // Reads arrive all the time: show what is cached, then the fresh counts.
    requestPolicy: 'cache-and-network',
  });
  useReadsRefetch(() => reexecute({ requestPolicy: 'network-only' }));
  const list = result.data?.broadcasts;

  let content: ReactNode;
  if (!list) {
    content = result.error ? (
      <ErrorState
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading />
    );
  } else if (!list.edges.length) {
    content = (
      <p className="muted empty-state">
        {cursors.length > 1 ? t('sent.emptyPage') : t('sent.empty')}
      </p>
    );
  } else {
    content = (
      <div className="table-wrap">
        <table aria-label={t('sent.list')} data-testid="sent-list">
          <thead>
            <tr>
              <th scope="col">{t('sent.col.date')}</th>
              <th scope="col">{t('sent.col.kind')}</th>
              <th scope="col">{t('sent.col.author')}</th>
              <th scope="col">{t('sent.col.content')}</th>
              <th scope="col">{t('sent.col.read')}</th>
              <th scope="col">{t('sent.col.failed')}</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node }) => (
              <BroadcastRow key={node.id} broadcast={node} />
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="sent" aria-labelledby="sent-title">
      <header className="inbox-header">
        <h1 id="sent-title">{t('sent.title')}</h1>
      </header>
      <p className="hint">
        {viewer.role === 'CARETAKER' ? t('sent.introCaretaker') : t('sent.intro')}
      </p>
      {content}
      {list && (cursors.length > 1 || list.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={t('sent.pages')}>
          <button
            type="button"
            onClick={() => setCursors((c) => c.slice(0, -1))}
            disabled={cursors.length === 1}
          >
            {t('common.previous')}
          </button>
          <span>{t('sent.page', { page: cursors.length })}</span>
          <button
            type="button"
            onClick={() => {
              const next = list.pageInfo.endCursor;
              if (next) setCursors((c) => [...c, next]);
            }}
            disabled={!list.pageInfo.hasNextPage || !list.pageInfo.endCursor}
          >
            {t('common.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
