/** Session time in the two SCORM formats. */

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (hours 2–4 digits, at most 9999). */
export function scorm12Duration(ms: number): string {
  const centis = Math.min(Math.max(Math.round(ms / 10), 0), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval, an ISO 8601 duration such as `PT1H2M3.45S`. */
export function scorm2004Duration(ms: number): string {
  const centis = Math.max(Math.round(ms / 10), 0);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}
