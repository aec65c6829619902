import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  pl: {
    'clientHome.title': 'Wiadomości',
    'clientHome.intro':
      'Najnowsze wiadomości od biura rachunkowego. Otwórz wiadomość, aby ją przeczytać, albo zadaj pytanie.',
    'clientHome.ask': 'Zadaj pytanie biuru',
    'clientHome.companies': 'Twoje firmy',
    'clientHome.open': 'Wszystkie wiadomości',
    'clientHome.newest': 'Najnowsze wiadomości firmy {company}',
    'clientHome.noMessages': 'Nie ma jeszcze żadnych wiadomości.',
    'clientHome.you': 'Ty',
    'clientHome.unreadTotal.one': 'Masz {count} nieprzeczytaną wiadomość.',
    'clientHome.unreadTotal.few': 'Masz {count} nieprzeczytane wiadomości.',
    'clientHome.unreadTotal.many': 'Masz {count} nieprzeczytanych wiadomości.',
    'clientHome.unreadTotal.other': 'Masz {count} nieprzeczytanej wiadomości.',
    'clientHome.allReadTotal': 'Wszystkie wiadomości są przeczytane.',
    'clientHome.noCompanies':
      'Twoje konto nie jest jeszcze przypisane do żadnej firmy. Skontaktuj się z biurem.',
    'clientHome.unread.one': '{count} nieprzeczytana',
    'clientHome.unread.few': '{count} nieprzeczytane',
    'clientHome.unread.many': '{count} nieprzeczytanych',
    'clientHome.unread.other': '{count} nieprzeczytanej',
  },
  en: {
    'clientHome.title': 'Messages',
    'clientHome.intro':
      'The newest messages from your accounting office. Open a message to read it, or ask a question.',
    'clientHome.ask': 'Ask the office a question',
    'clientHome.companies': 'Your companies',
    'clientHome.open': 'All messages',
    'clientHome.newest': 'Newest messages of {company}',
    'clientHome.noMessages': 'There are no messages yet.',
    'clientHome.you': 'You',
    'clientHome.unreadTotal.one': 'You have {count} unread message.',
    'clientHome.unreadTotal.few': 'You have {count} unread messages.',
    'clientHome.unreadTotal.many': 'You have {count} unread messages.',
    'clientHome.unreadTotal.other': 'You have {count} unread messages.',
    'clientHome.allReadTotal': 'All messages are read.',
    'clientHome.noCompanies':
      'Your account is not assigned to any company yet. Please contact the office.',
    'clientHome.unread.one': '{count} unread',
    'clientHome.unread.few': '{count} unread',
    'clientHome.unread.many': '{count} unread',
    'clientHome.unread.other': '{count} unread',
  },
});
