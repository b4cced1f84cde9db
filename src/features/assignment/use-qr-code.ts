import { useEffect, useState } from 'react';

type QrState = { text: string; src: string } | { text: string; failed: true };

/**
 * A QR code for `text` as a data: URL of an SVG image, for an <img>. The
 * `qrcode` library loads only when this is first used, so it stays out of the
 * first page. `undefined` while it is being made, `null` if it failed.
 */
export function useQrCode(text: string): string | null | undefined {
  const [state, setState] = useState<QrState | null>(null);

  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((module) => {
        const qrcode = (module.default as typeof module | undefined) ?? module;
        return qrcode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      })
      .then((svg) => {
        if (live)
          setState({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (live) setState({ text, failed: true });
      });
    return () => {
      live = false;
    };
  }, [text]);

  if (!state || state.text !== text) return undefined;
  return 'src' in state ? state.src : null;
}
