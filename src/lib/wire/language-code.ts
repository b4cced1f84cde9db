import { z } from 'zod/mini';

/**
 * A language code as links, receipts and suspend data carry it: a BCP 47 tag
 * in its plain form, such as `sv`, `en`, `ar` or `sv-x-easy`. Which languages
 * the course has is the language registry's business; this layer accepts any
 * code of this form, so a new language needs no new wire version.
 */
export const LanguageCode = z
  .string()
  .check(z.maxLength(35), z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/));
