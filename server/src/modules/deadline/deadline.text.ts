/**
 * The reminder a rule sends when it names no template (or its template was deleted): a template
 * like any other, filled per company with its own declaration's values (template.render.ts).
 */
export const BUILT_IN_REMINDER = {
  subject: 'Przypomnienie o terminie płatności: {{deklaracja.typ}}',
  html:
    '<p>Przypominamy o terminie płatności podatku z deklaracji {{deklaracja.typ}} za okres {{okres}}: ' +
    '<strong>{{deklaracja.kwota}}</strong> do {{deklaracja.termin}}.</p>' +
    '<p>Jeśli podatek został już zapłacony, prosimy potraktować tę wiadomość jako nieaktualną.</p>',
};
