import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  pl: {
    'clientHome.title': 'Wiadomości',
    'clientHome.intro': 'Tu czytasz wiadomości od biura rachunkowego i zadajesz mu pytania.',
    'clientHome.ask': 'Zadaj pytanie biuru',
    'clientHome.companies': 'Twoje firmy',
    'clientHome.pick': 'Wybierz firmę, aby przeczytać wiadomości albo zadać pytanie.',
    'clientHome.open': 'Wiadomości',
    'clientHome.noCompanies':
      'Twoje konto nie jest jeszcze przypisane do żadnej firmy. Skontaktuj się z biurem.',
    'clientHome.unread.one': '{count} nieprzeczytana',
    'clientHome.unread.few': '{count} nieprzeczytane',
    'clientHome.unread.many': '{count} nieprzeczytanych',
    'clientHome.unread.other': '{count} nieprzeczytanej',
    'clientHome.allRead': 'wszystko przeczytane',
  },
  en: {
    'clientHome.title': 'Messages',
    'clientHome.intro': 'Read messages from your accounting office here and ask it questions.',
    'clientHome.ask': 'Ask the office a question',
    'clientHome.companies': 'Your companies',
    'clientHome.pick': 'Choose a company to read its messages or ask a question.',
    'clientHome.open': 'Messages',
    'clientHome.noCompanies':
      'Your account is not assigned to any company yet. Please contact the office.',
    'clientHome.unread.one': '{count} unread',
    'clientHome.unread.few': '{count} unread',
    'clientHome.unread.many': '{count} unread',
    'clientHome.unread.other': '{count} unread',
    'clientHome.allRead': 'all read',
  },
});
