import { useCatalogue } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { useOrganisation } from '@/hooks/use-organisation';
import { AccessibilityStatement } from '@/features/accessibility/accessibility-statement';
import { lastChecks } from '@/features/accessibility/checks';

export default function AccessibilityPage() {
  const { course } = useCatalogue();
  const language = useLanguage();
  return (
    <AccessibilityStatement
      service={course.title}
      organisation={useOrganisation()}
      checks={lastChecks}
      language={language}
    />
  );
}
