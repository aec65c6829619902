import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { type Translate, useI18n } from '../../i18n';
import { Link } from '../../router';
import { cleanToken, createPlaygroundFetcher } from './fetcher';

/** How long typing in the token field waits before the fetcher and socket are rebuilt. */
const APPLY_DELAY_MS = 400;

function defaultQuery(t: Translate): string {
  return [
    `# ${t('playground.query.intro')}`,
    `# ${t('playground.query.token')}`,
    'query Me {',
    '  me {',
    '    name',
    '    role',
    '  }',
    '}',
    '',
    `# ${t('playground.query.subscription')}`,
    '# subscription UnreadCount {',
    '#   unreadCountChanged {',
    '#     count',
    '#   }',
    '# }',
    '',
  ].join('\n');
}

/** GraphiQL against this server, with a token field (the session's by default; empty means anonymous). */
export default function PlaygroundPage({ token }: { token: string | null }) {
  const { t } = useI18n();
  const session = token ?? '';
  const [draft, setDraft] = useState(session);
  const [applied, setApplied] = useState(session);
  const [visible, setVisible] = useState(false);
  const [fetcher, setFetcher] = useState<Fetcher | null>(null);
  const initialQuery = useMemo(() => defaultQuery(t), [t]);

  useEffect(() => {
    const next = cleanToken(draft);
    if (next === applied) return;
    const timer = setTimeout(() => setApplied(next), APPLY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, applied]);

  useEffect(() => {
    const created = createPlaygroundFetcher(applied);
    setFetcher(() => created.fetcher);
    return created.dispose;
  }, [applied]);

  const apply = (value: string) => {
    setDraft(value);
    setApplied(cleanToken(value));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  const status = !applied ? 'anonymous' : applied === session ? 'session' : 'custom';

  return (
    <div className="playground">
      <header className="playground-bar">
        <Link to="/" className="playground-back">
          {t('playground.back')}
        </Link>
        <h1 className="playground-title">{t('playground.title')}</h1>
        <form className="playground-token" onSubmit={onSubmit}>
          <label htmlFor="playground-token">{t('playground.token')}</label>
          <input
            id="playground-token"
            name="token"
            type={visible ? 'text' : 'password'}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('playground.tokenPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="playground-status"
          />
          <button
            type="button"
            onClick={() => setVisible((v) => !v)}
            aria-pressed={visible}
            aria-controls="playground-token"
          >
            {visible ? t('playground.hide') : t('playground.show')}
          </button>
          <button type="button" onClick={() => apply(session)} disabled={!token}>
            {t('playground.useSession')}
          </button>
          <button type="button" onClick={() => apply('')} disabled={!draft}>
            {t('playground.clear')}
          </button>
        </form>
        <p
          id="playground-status"
          className="hint playground-status"
          role="status"
          data-status={status}
        >
          {t(`playground.status.${status}`)} {t('playground.transport')}
        </p>
      </header>
      <div className="playground-ide">
        {fetcher && <GraphiQL fetcher={fetcher} defaultQuery={initialQuery} />}
      </div>
    </div>
  );
}
