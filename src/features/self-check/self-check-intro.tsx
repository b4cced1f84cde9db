import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useFocusOnMount } from './use-focus-on-mount';

interface SelfCheckIntroProps {
  /** Take focus: true when the learner comes back here from the first step. */
  focusOnShow: boolean;
  onStart: () => void;
}

/** What the self-check does, that nothing is saved, and the start button. */
export function SelfCheckIntro({ focusOnShow, onStart }: SelfCheckIntroProps) {
  const { t } = useTranslation('selfcheck');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, focusOnShow);
  return (
    <section aria-labelledby="self-check-how">
      <p className="lead">{t('intro.lead')}</p>
      <h2 id="self-check-how" ref={heading} tabIndex={-1}>
        {t('intro.howHeading')}
      </h2>
      <p>{t('intro.how')}</p>
      <p>{t('intro.result')}</p>
      <p className="self-check__saved">{t('nothingSaved')}</p>
      <div className="actions">
        <Button variant="primary" onClick={onStart}>
          {t('intro.start')}
        </Button>
      </div>
    </section>
  );
}
