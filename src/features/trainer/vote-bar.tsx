/**
 * A bar for one choice's share of the votes. Drawn in SVG (no inline styles,
 * which the CSP forbids) and hidden from screen readers: the count and the
 * percentage are always shown in text beside it.
 */
export function VoteBar({ share }: { share: number }) {
  return (
    <svg className="fac-bar" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
      <rect className="fac-bar__track" width="100" height="10" />
      <rect className="fac-bar__fill" width={Math.round(share * 1000) / 10} height="10" />
    </svg>
  );
}
