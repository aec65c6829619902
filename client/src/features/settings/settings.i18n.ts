import type { FeatureMessages } from '../../i18n';

export const messages: FeatureMessages = {
  pl: {},
  en: {},
};
