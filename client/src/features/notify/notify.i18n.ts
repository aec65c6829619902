import { defineMessages } from '../../i18n/messages';

// Counted phrases carry every plural form in both languages (pl: one/few/many, en: one/other).
export const messages = defineMessages({
  pl: {
    'notify.requireAcknowledgment': 'Wymagaj potwierdzenia odbioru',
    'notify.requireAcknowledgment.hint':
      'Klient zobaczy przycisk „Potwierdzam odbiór”; raport wysyłki pokaże, kto i kiedy potwierdził.',
    'notify.recipients': 'Do:',
    'notify.title.one': 'Powiadomienie do {count} firmy',
    'notify.title.few': 'Powiadomienie do {count} firm',
    'notify.title.many': 'Powiadomienie do {count} firm',
    'notify.title.other': 'Powiadomienie do {count} firm',
    'notify.privacy':
      'Każda firma otrzyma osobną wiadomość — nikt nie zobaczy, kto jeszcze ją dostał.',
    'notify.body': 'Treść powiadomienia',
    'notify.length': '{count} / {max} znaków',
    'notify.file': 'Załącznik (opcjonalnie, jeden plik)',
    'notify.file.hint': 'PDF, obrazy, dokumenty biurowe, XML, CSV lub tekst.',
    'notify.upload.progress': 'Przesyłanie pliku {name}: {percent}%',
    'notify.upload.cancel': 'Przerwij przesyłanie',
    'notify.upload.done': 'Załączono: {name} ({size})',
    'notify.upload.remove': 'Usuń załącznik',
    'notify.upload.rejected': 'Nie przyjęto pliku {name} ({size}).',
    'notify.upload.tooLarge': 'Plik jest za duży.',
    'notify.upload.tooLarge.limit': 'Plik jest za duży — można dołączyć plik do {limit}.',
    'notify.upload.badType':
      'Ten rodzaj pliku nie jest przyjmowany. Dozwolone są: PDF, obrazy, dokumenty biurowe, XML, CSV i pliki tekstowe.',
    'notify.upload.empty': 'Plik jest pusty albo nie dał się odczytać.',
    'notify.upload.session': 'Sesja wygasła — zaloguj się ponownie.',
    'notify.upload.network':
      'Połączenie zostało przerwane (plik może być za duży albo serwer jest niedostępny).',
    'notify.upload.failed': 'Przesyłanie nie powiodło się: {message}',
    'notify.sending': 'Wysyłanie…',
    'notify.sent.one': 'Powiadomienie wysłano do {count} firmy.',
    'notify.sent.few': 'Powiadomienie wysłano do {count} firm.',
    'notify.sent.many': 'Powiadomienie wysłano do {count} firm.',
    'notify.sent.other': 'Powiadomienie wysłano do {count} firm.',
  },
  en: {
    'notify.requireAcknowledgment': 'Require a confirmation of receipt',
    'notify.requireAcknowledgment.hint':
      'The client sees a “Potwierdzam odbiór” (confirm receipt) button; the send report shows who confirmed and when.',
    'notify.recipients': 'To:',
    'notify.title.one': 'Notification to {count} company',
    'notify.title.few': 'Notification to {count} companies',
    'notify.title.many': 'Notification to {count} companies',
    'notify.title.other': 'Notification to {count} companies',
    'notify.privacy': 'Each company gets its own message — nobody sees who else received it.',
    'notify.body': 'Notification text',
    'notify.length': '{count} / {max} characters',
    'notify.file': 'Attachment (optional, one file)',
    'notify.file.hint': 'PDF, images, office documents, XML, CSV or text.',
    'notify.upload.progress': 'Uploading {name}: {percent}%',
    'notify.upload.cancel': 'Stop uploading',
    'notify.upload.done': 'Attached: {name} ({size})',
    'notify.upload.remove': 'Remove attachment',
    'notify.upload.rejected': 'The file {name} ({size}) was not accepted.',
    'notify.upload.tooLarge': 'The file is too large.',
    'notify.upload.tooLarge.limit': 'The file is too large — files up to {limit} can be attached.',
    'notify.upload.badType':
      'This type of file is not accepted. Allowed: PDF, images, office documents, XML, CSV and text files.',
    'notify.upload.empty': 'The file is empty or could not be read.',
    'notify.upload.session': 'Your session has expired — please log in again.',
    'notify.upload.network':
      'The connection was cut (the file may be too large, or the server is unreachable).',
    'notify.upload.failed': 'The upload failed: {message}',
    'notify.sending': 'Sending…',
    'notify.sent.one': 'The notification was sent to {count} company.',
    'notify.sent.few': 'The notification was sent to {count} companies.',
    'notify.sent.many': 'The notification was sent to {count} companies.',
    'notify.sent.other': 'The notification was sent to {count} companies.',
  },
});
