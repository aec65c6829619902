import { useState } from 'react';
import { useI18n } from '../i18n';

/**
 * Names in a sentence: the first few and "i N innych", which opens to every name (and closes
 * again). For the companies a dialog sends to, or a printout applies to.
 */
export function NameList({
  names,
  limit = 3,
  testId,
}: {
  names: readonly string[];
  limit?: number;
  testId: string;
}) {
  const { t, tn } = useI18n();
  const [open, setOpen] = useState(false);
  const hidden = names.length - limit;
  if (hidden <= 0 || !open)
    return (
      <span className="name-list" data-testid={testId}>
        <span data-testid={`${testId}-shown`}>{names.slice(0, limit).join(', ')}</span>
        {hidden > 0 && (
          <>
            {' '}
            <button
              type="button"
              className="link"
              aria-expanded={false}
              data-testid={`${testId}-more`}
              onClick={() => setOpen(true)}
            >
              {tn('common.andMore', hidden)}
            </button>
          </>
        )}
      </span>
    );
  return (
    <span className="name-list" data-testid={testId}>
      <span data-testid={`${testId}-shown`}>{names.join(', ')}</span>{' '}
      <button
        type="button"
        className="link"
        aria-expanded={true}
        data-testid={`${testId}-less`}
        onClick={() => setOpen(false)}
      >
        {t('common.showLess')}
      </button>
    </span>
  );
}
