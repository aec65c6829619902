import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  pl: {
    'playground.title': 'Konsola GraphQL',
    'playground.back': '← Wróć do aplikacji',
    'playground.token': 'Token (nagłówek Authorization: Bearer)',
    'playground.tokenPlaceholder': 'Wklej token; puste pole = anonimowo',
    'playground.useSession': 'Użyj mojej sesji',
    'playground.clear': 'Bez tokenu',
    'playground.show': 'Pokaż',
    'playground.hide': 'Ukryj',
    'playground.status.anonymous': 'Anonimowo: introspekcja działa, me zwraca null.',
    'playground.status.session': 'Z tokenem Twojej sesji.',
    'playground.status.custom': 'Z wklejonym tokenem.',
    'playground.transport': 'Zapytania i mutacje: POST /graphql; subskrypcje: WebSocket /graphql.',
    'playground.query.intro': 'API Ledgerpost: uruchom przyciskiem ▶ lub Ctrl+Enter.',
    'playground.query.token': 'Token z pola u góry idzie w nagłówku i do WebSocketu.',
    'playground.query.subscription': 'Subskrypcja (WebSocket): odkomentuj (Ctrl+/) i uruchom.',
  },
  en: {
    'playground.title': 'GraphQL console',
    'playground.back': '← Back to the app',
    'playground.token': 'Token (Authorization: Bearer header)',
    'playground.tokenPlaceholder': 'Paste a token; empty = anonymous',
    'playground.useSession': 'Use my session',
    'playground.clear': 'No token',
    'playground.show': 'Show',
    'playground.hide': 'Hide',
    'playground.status.anonymous': 'Anonymous: introspection works, me returns null.',
    'playground.status.session': "With your session's token.",
    'playground.status.custom': 'With the pasted token.',
    'playground.transport':
      'Queries and mutations: POST /graphql; subscriptions: WebSocket /graphql.',
    'playground.query.intro': 'The Ledgerpost API: run with the ▶ button or Ctrl+Enter.',
    'playground.query.token': 'The token from the field above goes in the header and socket.',
    'playground.query.subscription': 'A subscription (WebSocket): uncomment (Ctrl+/) and run.',
  },
});
