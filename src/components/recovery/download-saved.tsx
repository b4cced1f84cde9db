import { useState } from 'react';
import { downloadText } from '@/lib/download-file';
import { localDate } from '@/lib/local-date';
import { useAppStore } from '@/store/store';
import { useRecoveryText } from './recovery-text';

interface DownloadSavedProps {
  className?: string;
  /** Set inside a live region, which then announces the result itself. */
  inLiveRegion?: boolean;
}

/**
 * Downloads what is saved exactly as it is stored, even when the app cannot
 * read it: a file the progress page can import, here or elsewhere.
 */
export function DownloadSaved({ className = 'button', inLiveRegion = false }: DownloadSavedProps) {
  const text = useRecoveryText();
  const [said, setSaid] = useState<string | null>(null);
  const download = () => {
    const saved = useAppStore.getState().readSaved();
    if (saved === null) return setSaid(text('recovery.nothingSaved'));
    const file = `mutkollen-progress-${localDate(Date.now())}.json`;
    downloadText(saved, file, 'application/json');
    setSaid(text('recovery.downloaded', { file }));
  };
  return (
    <>
      <button type="button" className={className} onClick={download}>
        {text('recovery.download')}
      </button>
      <span role={inLiveRegion ? undefined : 'status'} className="move-status">
        {said}
      </span>
    </>
  );
}
