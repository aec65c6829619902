import type { MessageKey } from '../../i18n';

/** The placeholders the server fills (template.placeholders.ts), as the picker inserts them. */
export const placeholders: ReadonlyArray<{ name: string; label: MessageKey }> = [
  { name: 'firma', label: 'templates.ph.firma' },
  { name: 'nip', label: 'templates.ph.nip' },
  { name: 'opiekun', label: 'templates.ph.opiekun' },
  { name: 'okres', label: 'templates.ph.okres' },
  { name: 'biuro', label: 'templates.ph.biuro' },
  { name: 'deklaracja.typ', label: 'templates.ph.deklaracja.typ' },
  { name: 'deklaracja.kwota', label: 'templates.ph.deklaracja.kwota' },
  { name: 'deklaracja.termin', label: 'templates.ph.deklaracja.termin' },
];
