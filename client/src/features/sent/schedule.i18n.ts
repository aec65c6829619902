import { defineMessages } from '../../i18n/messages';

/** Sending later, cancelling and recalling: the send dialogs, "Wysłane" and the report. */
export const messages = defineMessages({
  pl: {
    'schedule.later': 'Wyślij później',
    'schedule.date': 'Data',
    'schedule.time': 'Godzina',
    'schedule.hint':
      'Czas polski (Europa/Warszawa), najpóźniej {max}. Do chwili wysłania możesz ją anulować w „Wysłane”.',
    'schedule.problem.incomplete': 'Podaj datę i godzinę wysyłki.',
    'schedule.problem.past': 'Ta chwila już minęła. Wybierz późniejszą.',
    'schedule.problem.tooFar': 'Wysyłkę można zaplanować najwyżej {days} dni naprzód.',
    'schedule.submit': 'Zaplanuj',
    'schedule.done.one':
      'Zaplanowano wysyłkę do {count} firmy na {when}. Do tej chwili możesz ją anulować w „Wysłane”.',
    'schedule.done.few':
      'Zaplanowano wysyłkę do {count} firm na {when}. Do tej chwili możesz ją anulować w „Wysłane”.',
    'schedule.done.many':
      'Zaplanowano wysyłkę do {count} firm na {when}. Do tej chwili możesz ją anulować w „Wysłane”.',
    'schedule.done.other':
      'Zaplanowano wysyłkę do {count} firmy na {when}. Do tej chwili możesz ją anulować w „Wysłane”.',
    'schedule.at': 'zaplanowana na {when}',
    'schedule.cancelledBecause': 'Anulowana: {reason}',
    'schedule.cancel': 'Anuluj wysyłkę',
    'schedule.cancel.title': 'Anulować zaplanowaną wysyłkę?',
    'schedule.cancel.text':
      'Wysyłka zaplanowana na {when} nie wyjdzie do żadnej firmy, także po ponownym uruchomieniu serwera. Tego nie można cofnąć.',
    'schedule.cancel.confirm': 'Tak, anuluj wysyłkę',
    'schedule.cancel.keep': 'Nie, zostaw',
    'schedule.recall': 'Wycofaj powiadomienie',
    'schedule.recall.title': 'Wycofać powiadomienie?',
    'schedule.recall.text':
      'Powiadomienie zniknie u klientów firm, w których nikt go jeszcze nie przeczytał ({unread} z {total}): z wątku, licznika nieprzeczytanych i strony głównej, razem z załącznikiem. Firmy, które je przeczytały, zachowają je. Biuro nadal je widzi, oznaczone jako wycofane.',
    'schedule.recall.confirm': 'Tak, wycofaj',
    'schedule.recall.keep': 'Nie, zostaw',
    'schedule.recalled': 'wycofano',
    'schedule.recalledAt': 'wycofano {when}',
    'schedule.recalledMessage': 'Wycofana — klienci jej nie widzą',
    'schedule.failed': 'Nie udało się: {message}',
  },
  en: {
    'schedule.later': 'Send later',
    'schedule.date': 'Date',
    'schedule.time': 'Time',
    'schedule.hint':
      'Polish time (Europe/Warsaw), at the latest {max}. Until it goes you can cancel it in “Wysłane”.',
    'schedule.problem.incomplete': 'Give the date and time of the send.',
    'schedule.problem.past': 'That moment has passed. Choose a later one.',
    'schedule.problem.tooFar': 'A send can be scheduled at most {days} days ahead.',
    'schedule.submit': 'Schedule',
    'schedule.done.one':
      'The send to {count} company is scheduled for {when}. Until then you can cancel it in “Wysłane”.',
    'schedule.done.few':
      'The send to {count} companies is scheduled for {when}. Until then you can cancel it in “Wysłane”.',
    'schedule.done.many':
      'The send to {count} companies is scheduled for {when}. Until then you can cancel it in “Wysłane”.',
    'schedule.done.other':
      'The send to {count} companies is scheduled for {when}. Until then you can cancel it in “Wysłane”.',
    'schedule.at': 'scheduled for {when}',
    'schedule.cancelledBecause': 'Cancelled: {reason}',
    'schedule.cancel': 'Cancel the send',
    'schedule.cancel.title': 'Cancel the scheduled send?',
    'schedule.cancel.text':
      'The send scheduled for {when} will not go to any company, not even after a server restart. This cannot be undone.',
    'schedule.cancel.confirm': 'Yes, cancel the send',
    'schedule.cancel.keep': 'No, keep it',
    'schedule.recall': 'Recall the notification',
    'schedule.recall.title': 'Recall the notification?',
    'schedule.recall.text':
      'The notification disappears for the clients of the companies where nobody has read it yet ({unread} of {total}): from the thread, the unread count and the start page, with its attachment. Companies that read it keep it. The office still sees it, marked as recalled.',
    'schedule.recall.confirm': 'Yes, recall it',
    'schedule.recall.keep': 'No, keep it',
    'schedule.recalled': 'recalled',
    'schedule.recalledAt': 'recalled {when}',
    'schedule.recalledMessage': 'Recalled — clients no longer see it',
    'schedule.failed': 'It did not work: {message}',
  },
});
