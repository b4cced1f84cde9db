/**
 * A short check code for a certificate, such as "K7QM-2XRD". It is derived from
 * the name, the completion date, the modules with their scores and the course
 * version, so a certificate whose text was changed by mistake no longer matches
 * its code.
 *
 * It is NOT a signature: anyone can compute it, so it does not protect against
 * forgery. It uses a small pure hash (FNV-1a, 64 bits) rather than
 * `crypto.subtle`, which browsers withhold on plain-http intranet servers.
 */

export interface CertificateFacts {
  /** The learner's name as shown on the certificate. */
  name: string;
  /** The completion date as YYYY-MM-DD. */
  completedOn: string;
  /** Each module on the certificate with its score as a share (0–1). */
  modules: readonly { id: string; score: number }[];
  /** The course version (catalogue.course.version). */
  courseVersion: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`. */
export function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash;
}

/**
 * The one text the code is computed from. The name is trimmed, its spaces
 * collapsed and Unicode-normalised (a printed name cannot show the
 * difference); scores are whole percentages, as printed; modules are sorted
 * by id, so their order on the page does not matter.
 */
export function canonicalCertificate(facts: CertificateFacts): string {
  const name = facts.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const modules = [...facts.modules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => `module:${m.id}=${Math.round(m.score * 100)}`);
  return [
    'mutkollen-certificate/1',
    `name:${name}`,
    `date:${facts.completedOn}`,
    `version:${facts.courseVersion}`,
    ...modules,
  ].join('\n');
}

/**
 * The check code for a certificate: the top 40 bits of FNV-1a 64 over
 * {@link canonicalCertificate}, as 8 Crockford base32 characters in two
 * groups of four ("K7QM-2XRD"). The same facts always give the same code.
 */
export function checkCode(facts: CertificateFacts): string {
  let bits = fnv1a64(canonicalCertificate(facts)) >> 24n;
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
