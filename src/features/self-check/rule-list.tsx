import { useTranslation } from 'react-i18next';
import type { RuleKey } from './advice';

/** Each rule's points, by id; the text is in selfcheck.json under rules.<rule>.points. */
const rulePoints = {
  bribery: ['offence', 'noLimit', 'notInfluenced', 'highStandards'],
  cash: ['never', 'notLaw'],
  disqualification: ['disqualified', 'mayNotTakePart', 'report'],
  businessCode: ['strictest', 'publicSector', 'stricterThanLaw'],
} as const satisfies Record<RuleKey, readonly string[]>;

type PointKey = { [R in RuleKey]: `${R}.points.${(typeof rulePoints)[R][number]}` }[RuleKey];

/** The rules the advice rests on, each with its points and its source. */
export function RuleList({ rules }: { rules: RuleKey[] }) {
  const { t } = useTranslation('selfcheck');
  return (
    <ul className="self-check-rules">
      {rules.map((rule) => (
        <li key={rule} className="self-check-rule">
          <h3>{t(`rules.${rule}.title`)}</h3>
          <ul>
            {rulePoints[rule].map((point: string) => (
              <li key={point}>{t(`rules.${`${rule}.points.${point}` as PointKey}`)}</li>
            ))}
          </ul>
          <p className="self-check-rule__source">
            <strong>{t('result.source')}</strong> {t(`rules.${rule}.source`)}
          </p>
        </li>
      ))}
    </ul>
  );
}
