/**
 * The `mailto:` link that sends a receipt code to the assignment's contact
 * (RFC 6068): the learner's mail program opens with the address, the subject
 * and the code in the body, and nothing leaves the browser until they press
 * send.
 */

/**
 * Mail programs and browsers cut or refuse longer `mailto:` links (some at
 * about 2,000 characters); a receipt too long for one is copied instead.
 */
export const MAX_MAILTO_CHARS = 2_000;

const ADDRESS = /[^\s<>()[\]{},;:"'@]+@[^\s<>()[\]{},;:"'@.]+(?:\.[^\s<>()[\]{},;:"'@.]+)+/g;

/**
 * The e-mail address in an assignment's contact ("hr@kommunen.se", "Anna Lind
 * <anna.lind@kommunen.se>", "Anna Lind, anna.lind@kommunen.se"), or null when
 * it has none, or more than one, so there is no telling whom to send to.
 */
export function contactAddress(contact: string | undefined): string | null {
  const found = contact?.match(ADDRESS) ?? [];
  return found.length === 1 ? found[0]! : null;
}

/**
 * `mailto:<address>?subject=…&body=…`, every part percent-encoded with
 * encodeURIComponent (the `@` of the address left as it is, which RFC 6068
 * allows and every mail program reads), line breaks in the body as CRLF.
 * Null when the link would be longer than `MAX_MAILTO_CHARS`.
 */
export function receiptMailto(mail: { to: string; subject: string; body: string }): string | null {
  const at = mail.to.lastIndexOf('@');
  const to = `${encodeURIComponent(mail.to.slice(0, at))}@${encodeURIComponent(mail.to.slice(at + 1))}`;
  const body = mail.body.replace(/\r\n|\r|\n/g, '\r\n');
  const href = `mailto:${to}?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(body)}`;
  return href.length > MAX_MAILTO_CHARS ? null : href;
}
