/**
 * Compile-time checks of the content module's declared types (run by `npm run typecheck`).
 * `skipLibCheck` does not check `.d.ts` files, so an unresolved name there silently becomes `any`.
 */
import { organisation } from 'virtual:content';

export const organisationName: string | undefined = organisation.name;
// @ts-expect-error the organisation settings are typed: an unknown field is an error, not `any`.
export const notAField: unknown = organisation.notAField;
