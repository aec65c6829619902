import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages({
  pl: {
    'auth.title': 'Logowanie',
    'auth.email': 'Adres e-mail',
    'auth.password': 'Hasło',
    'auth.submit': 'Zaloguj się',
    'auth.submitting': 'Logowanie…',
    'auth.failed': 'Nieprawidłowy e-mail lub hasło.',
    'auth.tooMany.seconds': 'Zbyt wiele prób logowania. Spróbuj ponownie za {seconds} s.',
    'auth.tooMany.minutes': 'Zbyt wiele prób logowania. Spróbuj ponownie za {minutes} min.',
    'auth.tooMany.later': 'Zbyt wiele prób logowania. Spróbuj ponownie później.',
    'auth.expired': 'Sesja wygasła. Zaloguj się ponownie.',
    'auth.continue': 'Po zalogowaniu przejdziesz dalej.',
    'auth.demo': 'Konta demonstracyjne (hasło: {password})',
    'auth.demo.use': 'Użyj',
  },
  en: {
    'auth.title': 'Log in',
    'auth.email': 'Email address',
    'auth.password': 'Password',
    'auth.submit': 'Log in',
    'auth.submitting': 'Logging in…',
    'auth.failed': 'Wrong email or password.',
    'auth.tooMany.seconds': 'Too many login attempts. Try again in {seconds} s.',
    'auth.tooMany.minutes': 'Too many login attempts. Try again in {minutes} min.',
    'auth.tooMany.later': 'Too many login attempts. Try again later.',
    'auth.expired': 'Your session has expired. Please log in again.',
    'auth.continue': 'You will continue after logging in.',
    'auth.demo': 'Demo accounts (password: {password})',
    'auth.demo.use': 'Use',
  },
});
