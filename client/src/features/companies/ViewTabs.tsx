import { type KeyboardEvent, useRef } from 'react';
import { useI18n } from '../../i18n';
import { type View, views } from './views';

/** The list's views as tabs (arrow keys, Home and End move between them). */
export function ViewTabs({ view, onChange }: { view: View; onChange(view: View): void }) {
  const { t } = useI18n();
  const refs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = views.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? views[(index + 1) % views.length]
        : event.key === 'ArrowLeft'
          ? views[(index - 1 + views.length) % views.length]
          : event.key === 'Home'
            ? views[0]
            : event.key === 'End'
              ? views[views.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('companies.views')}>
      {views.map((name) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[name] = el;
          }}
          type="button"
          role="tab"
          id={`companies-tab-${name}`}
          data-testid={`view-tab-${name}`}
          aria-selected={view === name}
          aria-controls="companies-panel"
          tabIndex={view === name ? 0 : -1}
          onClick={() => onChange(name)}
          onKeyDown={onKeyDown}
        >
          {t(`companies.view.${name}`)}
        </button>
      ))}
    </div>
  );
}
