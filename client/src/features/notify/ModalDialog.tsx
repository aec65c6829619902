import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n';

/**
 * A native modal <dialog>: opened with showModal(), so focus stays inside, the page behind is
 * inert and Escape closes it. Focus goes back to where it was once the dialog is gone.
 */
export function ModalDialog({
  title,
  testId,
  onClose,
  children,
  className,
}: {
  title: ReactNode;
  testId: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `${testId}-title`;
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // Where focus was before the dialog opened (kept from the first mount only).
  const previousFocus = useRef<HTMLElement | null | undefined>(undefined);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (previousFocus.current === undefined) {
      previousFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // showModal() focuses the first control (the close button): prefer the one marked to start in.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      const previous = previousFocus.current;
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={() => onCloseRef.current()}
      onCancel={(event) => {
        // Escape: close through the parent, which unmounts the dialog.
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="dialog-close"
            aria-label={t('common.close')}
            data-testid={`${testId}-close`}
            onClick={() => onCloseRef.current()}
          >
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
