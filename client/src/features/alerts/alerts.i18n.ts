import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  pl: {
    'alerts.title': 'Powiadomienia e-mail',
    'alerts.hint':
      'Gdy wiadomość od biura czeka nieprzeczytana, wyślemy Ci e-mail z informacją, że biuro napisało (bez treści wiadomości).',
    'alerts.legend': 'Powiadamiaj mnie o nowych wiadomościach',
    'alerts.choice.IMMEDIATE': 'Od razu (najwyżej jeden e-mail na 10 minut)',
    'alerts.choice.DAILY_DIGEST': 'Raz dziennie (o 7:00)',
    'alerts.choice.NEVER': 'Nigdy',
    'alerts.saved': 'Zapisano: {choice}.',
    'alerts.link.title': 'Powiadomienia e-mail',
    'alerts.link.for': 'Ustawienie dla {email}. Teraz: {choice}.',
    'alerts.link.ask': 'Jak często wysyłać e-maile o nowych wiadomościach od biura?',
    'alerts.link.invalid':
      'Ten link jest nieważny (mógł zostać zmieniony lub ucięty). Zaloguj się, aby zmienić powiadomienia w „Moje konto”.',
    'alerts.link.done': 'Gotowe. Od teraz: {choice}.',
    'alerts.link.login': 'Przejdź do logowania',
  },
  en: {
    'alerts.title': 'Email notifications',
    'alerts.hint':
      'When a message from your office waits unread, we email you that the office wrote (never the message itself).',
    'alerts.legend': 'Tell me about new messages',
    'alerts.choice.IMMEDIATE': 'Right away (at most one email per 10 minutes)',
    'alerts.choice.DAILY_DIGEST': 'Once a day (at 7:00)',
    'alerts.choice.NEVER': 'Never',
    'alerts.saved': 'Saved: {choice}.',
    'alerts.link.title': 'Email notifications',
    'alerts.link.for': 'Setting for {email}. Now: {choice}.',
    'alerts.link.ask': 'How often should we email you about new messages from your office?',
    'alerts.link.invalid':
      'This link is not valid (it may have been altered or cut). Log in to change your notifications in "My account".',
    'alerts.link.done': 'Done. From now on: {choice}.',
    'alerts.link.login': 'Go to the login page',
  },
});
