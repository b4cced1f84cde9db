/**
 * A moment as the learner's local calendar day, YYYY-MM-DD. Total: a moment
 * that is no date (NaN, or beyond the JavaScript date range) gives "", which no
 * date check accepts, rather than "NaN-NaN-NaN".
 */
export function localDate(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
