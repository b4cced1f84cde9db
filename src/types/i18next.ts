import type about from '@/locales/sv/about.json';
import type accessibility from '@/locales/sv/accessibility.json';
import type assignment from '@/locales/sv/assignment.json';
import type catalogue from '@/locales/sv/catalogue.json';
import type certificate from '@/locales/sv/certificate.json';
import type common from '@/locales/sv/common.json';
import type facilitation from '@/locales/sv/facilitation.json';
import type lesson from '@/locales/sv/lesson.json';
import type practice from '@/locales/sv/practice.json';
import type progress from '@/locales/sv/progress.json';
import type quiz from '@/locales/sv/quiz.json';
import type readaloud from '@/locales/sv/readaloud.json';
import type scenario from '@/locales/sv/scenario.json';
import type selfcheck from '@/locales/sv/selfcheck.json';
import type trainer from '@/locales/sv/trainer.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      catalogue: typeof catalogue;
      lesson: typeof lesson;
      quiz: typeof quiz;
      scenario: typeof scenario;
      progress: typeof progress;
      certificate: typeof certificate;
      practice: typeof practice;
      selfcheck: typeof selfcheck;
      trainer: typeof trainer;
      assignment: typeof assignment;
      facilitation: typeof facilitation;
      about: typeof about;
      readaloud: typeof readaloud;
      accessibility: typeof accessibility;
    };
  }
}
