import { type KeyboardEvent, useRef } from 'react';
import { useI18n } from '../../i18n';

export const inboxTabs = ['AWAITING_REPLY', 'ALL', 'CLOSED'] as const;
export type InboxTab = (typeof inboxTabs)[number];

/** The inbox's tabs (arrow keys, Home and End move between them) and its company search. */
export function InboxControls({
  tab,
  onTab,
  search,
  onSearch,
}: {
  tab: InboxTab;
  onTab(tab: InboxTab): void;
  search: string;
  onSearch(search: string): void;
}) {
  const { t } = useI18n();
  const refs = useRef<Partial<Record<InboxTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = inboxTabs.indexOf(tab);
    const last = inboxTabs.length - 1;
    const nextIndex =
      event.key === 'ArrowRight'
        ? (index + 1) % inboxTabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % inboxTabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const next = nextIndex === null ? undefined : inboxTabs[nextIndex];
    if (!next) return;
    event.preventDefault();
    onTab(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="inbox-controls">
      <div className="tabs" role="tablist" aria-label={t('inbox.tabs')}>
        {inboxTabs.map((name) => (
          <button
            key={name}
            ref={(el) => {
              refs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`inbox-tab-${name}`}
            data-testid={`inbox-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="inbox-panel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => onTab(name)}
            onKeyDown={onKeyDown}
          >
            {t(`inbox.tab.${name}`)}
          </button>
        ))}
      </div>
      <label className="inbox-search">
        <span className="visually-hidden">{t('inbox.search')}</span>
        <input
          type="search"
          value={search}
          maxLength={200}
          placeholder={t('inbox.search')}
          onChange={(event) => onSearch(event.target.value)}
          data-testid="inbox-search"
        />
      </label>
    </div>
  );
}
