import { organisation } from 'virtual:content';
import type { Organisation } from '@/types/content';

/** The organisation's own settings (content/organisation.yaml); fields may be missing. */
export function useOrganisation(): Organisation {
  return organisation;
}
