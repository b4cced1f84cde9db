/**
 * The read-aloud controls, loaded only when the learner first presses "Lyssna": pause or
 * resume, stop, speed and (when the device has several) voice, and a status line that a screen
 * reader announces politely when it changes.
 */
import { type RefObject, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { languageInfo } from '@/config/languages';
import { useLanguage } from '@/hooks/use-language';
import { useAppStore } from '@/store/store';
import { nearestRate, READ_ALOUD_RATES } from './rates';
import { useReadAloud } from './use-read-aloud';

interface ReadAloudPanelProps {
  region: RefObject<HTMLElement | null>;
  /** Closes the controls; focus goes back to the "Lyssna" button. */
  onClose: () => void;
}

export default function ReadAloudPanel({ region, onClose }: ReadAloudPanelProps) {
  const { t } = useTranslation('readaloud');
  const language = useLanguage();
  const locale = languageInfo(language).locale;
  const stored = useAppStore((s) => s.settings);
  const setReadAloud = useAppStore((s) => s.setReadAloud);
  const rate = nearestRate(stored.readAloudRate);
  const reading = useReadAloud(region, { locale, rate, voiceURI: stored.readAloudVoice });
  const { state } = reading;
  const main = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const playing = state === 'reading' || state === 'paused';

  // The button that replaced "Lyssna" takes its focus, once there is one to take it.
  const hasControls = state !== 'preparing';
  useEffect(() => {
    if (hasControls) main.current?.focus();
  }, [hasControls]);

  const cannotRead = state === 'unsupported' || state === 'no-voice';
  const message =
    state === 'unsupported'
      ? t('unsupported')
      : state === 'no-voice'
        ? t('noVoice')
        : state === 'preparing'
          ? t('preparing')
          : t(`status.${state}`);

  return (
    <div className="read-aloud__panel" role="group" aria-label={t('group')}>
      {/* One live region whose text changes, so each change is announced, politely. */}
      <p id={`${ids}-status`} className="read-aloud__status" role="status">
        {message}
      </p>
      {cannotRead && (
        <div className="read-aloud__controls">
          <Button
            ref={main}
            variant="secondary"
            aria-describedby={`${ids}-status`}
            onClick={onClose}
          >
            {t('close')}
          </Button>
        </div>
      )}
      {!cannotRead && state !== 'preparing' && (
        <div className="read-aloud__controls">
          {state === 'reading' ? (
            <Button ref={main} variant="secondary" onClick={reading.pause}>
              {t('pause')}
            </Button>
          ) : state === 'paused' ? (
            <Button ref={main} variant="secondary" onClick={reading.resume}>
              {t('resume')}
            </Button>
          ) : (
            <Button ref={main} variant="secondary" onClick={reading.again}>
              {t('again')}
            </Button>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              if (playing) reading.stop();
              onClose();
            }}
          >
            {playing ? t('stop') : t('close')}
          </Button>
          <span className="read-aloud__field">
            <label htmlFor={`${ids}-rate`}>{t('rate')}</label>
            <select
              id={`${ids}-rate`}
              value={rate}
              onChange={(event) => {
                const next = Number(event.target.value);
                setReadAloud({ rate: next });
                reading.change({ rate: next });
              }}
            >
              {READ_ALOUD_RATES.map(({ rate: r, name }) => (
                <option key={r} value={r}>
                  {t(`rates.${name}`)}
                </option>
              ))}
            </select>
          </span>
          {reading.voices.length > 1 && (
            <span className="read-aloud__field">
              <label htmlFor={`${ids}-voice`}>{t('voice')}</label>
              <select
                id={`${ids}-voice`}
                value={reading.voice?.voiceURI}
                onChange={(event) => {
                  const next = reading.voices.find((v) => v.voiceURI === event.target.value);
                  if (!next) return;
                  setReadAloud({ voice: next.voiceURI });
                  reading.change({ voice: next });
                }}
              >
                {reading.voices.map((v) => (
                  <option key={v.voiceURI} value={v.voiceURI}>
                    {v.name}
                  </option>
                ))}
              </select>
            </span>
          )}
        </div>
      )}
    </div>
  );
}
