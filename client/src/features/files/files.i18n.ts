import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  pl: {
    'files.title': 'Pobieranie pliku',
    'files.downloading': 'Pobieranie pliku…',
    'files.downloaded': 'Pobrano {filename}.',
    'files.size': 'Rozmiar: {size}',
    'files.again': 'Pobierz ponownie',
    'files.notFound':
      'Nie znaleziono pliku. Link mógł być przeznaczony dla innego konta albo plik został usunięty.',
    'files.failed': 'Nie udało się pobrać pliku (błąd {status}).',
    'files.offline': 'Nie udało się połączyć z serwerem, aby pobrać plik.',
    'files.home': 'Przejdź do strony głównej',
    'files.hint': 'Jeśli pobieranie nie rozpoczęło się samo, użyj przycisku poniżej.',
  },
  en: {
    'files.title': 'File download',
    'files.downloading': 'Downloading the file…',
    'files.downloaded': 'Downloaded {filename}.',
    'files.size': 'Size: {size}',
    'files.again': 'Download again',
    'files.notFound':
      'File not found. The link may have been meant for another account, or the file was removed.',
    'files.failed': 'The file could not be downloaded (error {status}).',
    'files.offline': 'Could not reach the server to download the file.',
    'files.home': 'Go to the start page',
    'files.hint': 'If the download did not start by itself, use the button below.',
  },
});
