import {
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { type MessageKey, useI18n } from '../../i18n';

type Command = 'bold' | 'italic' | 'underline' | 'insertUnorderedList' | 'insertOrderedList';

const commands: Array<{ command: Command; key: MessageKey; icon: string; testId: string }> = [
  { command: 'bold', key: 'email.editor.bold', icon: 'B', testId: 'editor-bold' },
  { command: 'italic', key: 'email.editor.italic', icon: 'I', testId: 'editor-italic' },
  { command: 'underline', key: 'email.editor.underline', icon: 'U', testId: 'editor-underline' },
  {
    command: 'insertUnorderedList',
    key: 'email.editor.bullets',
    icon: '•',
    testId: 'editor-bullets',
  },
  {
    command: 'insertOrderedList',
    key: 'email.editor.numbers',
    icon: '1.',
    testId: 'editor-numbers',
  },
];

/** "example.com" → "https://example.com"; only web and mail links are accepted. */
export function normalizeLink(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : value.includes('@') && !value.includes('/')
      ? `mailto:${value}`
      : `https://${value}`;
  try {
    const url = new URL(withScheme);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A small rich-text editor: a contentEditable area with a toolbar (bold, italic, underline, lists,
 * link). The HTML it produces is sanitized by the server before it is stored or sent.
 */
export function RichTextEditor({
  label,
  onChange,
  invalid,
  describedBy,
  initialHtml,
  onInsertReady,
}: {
  label: string;
  onChange(html: string, text: string): void;
  invalid?: boolean;
  describedBy?: string;
  /** What the area starts with: HTML the server sanitized (a saved template). */
  initialHtml?: string;
  /** Hands over a function that inserts text where the cursor was (a placeholder). */
  onInsertReady?(insert: (text: string) => void): void;
}) {
  const { t } = useI18n();
  const labelId = useId();
  const linkInputId = useId();
  const editor = useRef<HTMLDivElement>(null);
  const savedRange = useRef<Range | null>(null);
  const [active, setActive] = useState<Record<string, boolean>>({});
  const [linkOpen, setLinkOpen] = useState(false);
  const linkInput = useRef<HTMLInputElement>(null);
  // The link field opens on request: straight into it.
  useEffect(() => {
    if (linkOpen) linkInput.current?.focus();
  }, [linkOpen]);
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState(false);

  const emit = useCallback(() => {
    const element = editor.current;
    // innerText keeps the line breaks the writer sees, for the plain-text part (jsdom has none).
    // biome-ignore lint/performance/useDomNodeTextContent: textContent would run paragraphs together
    if (element) onChange(element.innerHTML, element.innerText ?? element.textContent ?? '');
  }, [onChange]);

  const refreshState = useCallback(() => {
    const element = editor.current;
    const selection = document.getSelection();
    if (!element || !selection?.anchorNode || !element.contains(selection.anchorNode)) return;
    const next: Record<string, boolean> = {};
    for (const { command } of commands) {
      try {
        next[command] = document.queryCommandState(command);
      } catch {
        next[command] = false;
      }
    }
    // A link is drawn underlined; that is not the underline format.
    const node =
      selection.anchorNode instanceof Element
        ? selection.anchorNode
        : selection.anchorNode.parentElement;
    if (next.underline && node?.closest('a') && !node.closest('u')) next.underline = false;
    setActive((current) =>
      commands.every(({ command }) => current[command] === next[command]) ? current : next,
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the starting content is set once
  useEffect(() => {
    const element = editor.current;
    if (element && initialHtml) {
      element.innerHTML = initialHtml;
      emit();
    }
  }, []);

  useEffect(() => {
    onInsertReady?.((text: string) => {
      const element = editor.current;
      if (!element) return;
      element.focus();
      const selection = document.getSelection();
      if (savedRange.current && selection) {
        selection.removeAllRanges();
        selection.addRange(savedRange.current);
      }
      document.execCommand('insertText', false, text);
      emit();
    });
  }, [onInsertReady, emit]);

  useEffect(() => {
    document.addEventListener('selectionchange', refreshState);
    return () => document.removeEventListener('selectionchange', refreshState);
  }, [refreshState]);

  const saveRange = () => {
    const selection = document.getSelection();
    if (selection?.rangeCount && editor.current?.contains(selection.anchorNode))
      savedRange.current = selection.getRangeAt(0).cloneRange();
  };

  const restoreRange = () => {
    editor.current?.focus();
    const selection = document.getSelection();
    if (selection && savedRange.current) {
      selection.removeAllRanges();
      selection.addRange(savedRange.current);
    }
  };

  const run = (command: Command) => {
    if (!editor.current?.contains(document.getSelection()?.anchorNode ?? null)) restoreRange();
    else editor.current.focus();
    document.execCommand(command, false);
    saveRange();
    refreshState();
    emit();
  };

  // Keep the editor's selection when a toolbar button is pressed with the mouse.
  const keepSelection = (event: MouseEvent) => event.preventDefault();

  const openLink = () => {
    saveRange();
    const selection = document.getSelection();
    const anchor = selection?.anchorNode?.parentElement?.closest('a');
    setLink(anchor && editor.current?.contains(anchor) ? (anchor.getAttribute('href') ?? '') : '');
    setLinkError(false);
    setLinkOpen(true);
  };

  const insertLink = (event?: FormEvent) => {
    event?.preventDefault();
    const url = normalizeLink(link);
    if (!url) {
      setLinkError(true);
      return;
    }
    restoreRange();
    const selection = document.getSelection();
    if (selection?.isCollapsed) {
      // Nothing selected: the address itself becomes the link text.
      document.execCommand(
        'insertHTML',
        false,
        `<a href="${url.replace(/"/g, '&quot;')}">${escapeText(link.trim())}</a>`,
      );
    } else {
      document.execCommand('createLink', false, url);
    }
    setLinkOpen(false);
    setLink('');
    emit();
  };

  const cancelLink = () => {
    setLinkOpen(false);
    setLinkError(false);
    restoreRange();
  };

  const onLinkKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      insertLink();
    } else if (event.key === 'Escape') {
      // Close the link row, not the whole dialog.
      event.preventDefault();
      event.stopPropagation();
      cancelLink();
    }
  };

  return (
    <div className="rte">
      <span className="rte-label" id={labelId}>
        {label}
      </span>
      <div
        className="rte-toolbar"
        role="toolbar"
        aria-label={t('email.editor.toolbar')}
        aria-controls={`${labelId}-area`}
      >
        {commands.map(({ command, key, icon, testId }) => (
          <button
            key={command}
            type="button"
            data-testid={testId}
            aria-label={t(key)}
            title={t(key)}
            aria-pressed={Boolean(active[command])}
            onMouseDown={keepSelection}
            onClick={() => run(command)}
            className={`rte-button rte-${command}`}
          >
            <span aria-hidden="true">{icon}</span>
          </button>
        ))}
        <button
          type="button"
          data-testid="editor-link"
          aria-label={t('email.editor.link')}
          title={t('email.editor.link')}
          aria-expanded={linkOpen}
          onMouseDown={keepSelection}
          onClick={openLink}
          className="rte-button"
        >
          {t('email.editor.linkShort')}
        </button>
      </div>
      {linkOpen && (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset's own box would change the link row's layout
        <div className="rte-link" role="group" aria-label={t('email.editor.link')}>
          <label htmlFor={linkInputId}>{t('email.editor.linkUrl')}</label>
          <input
            id={linkInputId}
            type="text"
            inputMode="url"
            ref={linkInput}
            data-testid="editor-link-url"
            value={link}
            aria-invalid={linkError || undefined}
            aria-describedby={linkError ? `${linkInputId}-error` : undefined}
            placeholder="https://"
            onChange={(e) => {
              setLink(e.target.value);
              setLinkError(false);
            }}
            onKeyDown={onLinkKeyDown}
          />
          <button type="button" data-testid="editor-link-insert" onClick={() => insertLink()}>
            {t('email.editor.linkInsert')}
          </button>
          <button type="button" onClick={cancelLink}>
            {t('common.cancel')}
          </button>
          {linkError && (
            <p className="error" id={`${linkInputId}-error`} role="alert">
              {t('email.editor.linkInvalid')}
            </p>
          )}
        </div>
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: rich text needs an element, not a plain text field */}
      <div
        ref={editor}
        id={`${labelId}-area`}
        className="rte-area"
        data-testid="email-editor"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        tabIndex={0}
        onInput={emit}
        onBlur={saveRange}
        onKeyUp={saveRange}
        onMouseUp={saveRange}
      />
    </div>
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
