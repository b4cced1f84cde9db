#!/usr/bin/env node
/**
 * Checks a SCORM package (zip), offline:
 * - imsmanifest.xml against the official ADL/IMS schemas in pipeline/scorm-xsd
 *   (or $SCORM_XSD_DIR), with xmllint, through a wrapper schema that imports
 *   each namespace from those local files: `xmllint --noout --nonet --schema`;
 * - what the schemas cannot check (SCORM CAM rules): one organisation, the
 *   default organisation exists, every identifierref points at a resource,
 *   a SCO has a launch file that is in the zip, every listed file is in the
 *   zip and every file in the zip is listed, and no service worker is packed.
 *
 * Usage: node pipeline/scorm/validate-scorm.mjs PACKAGE.zip [...]
 * Exits 1 when a package is not valid.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The schema folder: $SCORM_XSD_DIR, else the copy kept in the repository (pipeline/scorm-xsd). */
export const xsdDir = () =>
  resolve(process.env.SCORM_XSD_DIR ?? join(root, 'pipeline', 'scorm-xsd'));

/** Each version's namespaces and the schema file (relative to the version's folder) for each. */
const SCHEMAS = {
  1.2: {
    folder: '1.2',
    imports: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
      'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd_rootv1p2p1.xsd',
    },
  },
  2004: {
    folder: '2004',
    imports: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
      'http://ltsc.ieee.org/xsd/LOM': 'lom.xsd',
    },
  },
};

/** A schema with no content of its own that imports every namespace from local files. */
export function wrapperSchema(version, dir = xsdDir()) {
  const { folder, imports } = SCHEMAS[version];
  const lines = Object.entries(imports).map(
    ([namespace, file]) =>
      `  <xs:import namespace="${namespace}" schemaLocation="${pathToFileURL(join(dir, folder, file)).href}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...lines,
    '</xs:schema>',
    '',
  ].join('\n');
}

function hasXmllint() {
  return spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Values of an attribute on elements with a local name, read with xmllint's XPath. */
function attributeValues(file, element, attribute) {
  const result = spawnSync(
    'xmllint',
    ['--nonet', '--xpath', `//*[local-name()='${element}']/@*[local-name()='${attribute}']`, file],
    { encoding: 'utf8' },
  );
  // xmllint prints ` name="value"` per match, or "XPath set is empty" on stderr.
  return [...(result.stdout ?? '').matchAll(/\s[\w:]+="([^"]*)"/g)].map((m) =>
    m[1]
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"'),
  );
}

function count(file, element) {
  const out = execFileSync(
    'xmllint',
    ['--nonet', '--xpath', `count(//*[local-name()='${element}'])`, file],
    {
      encoding: 'utf8',
    },
  );
  return Number(out.trim());
}

/** The SCORM version a manifest declares ("1.2" or "2004"), or a problem. */
function declaredVersion(manifest) {
  const schema = /<schema>\s*([^<]*?)\s*<\/schema>/.exec(manifest)?.[1];
  const version = /<schemaversion>\s*([^<]*?)\s*<\/schemaversion>/.exec(manifest)?.[1];
  if (schema !== 'ADL SCORM') return { problem: `metadata schema is "${schema}", not "ADL SCORM"` };
  if (version === '1.2') return { version: '1.2' };
  if (version === '2004 4th Edition') return { version: '2004' };
  return { problem: `schemaversion "${version}" is neither "1.2" nor "2004 4th Edition"` };
}

/**
 * The problems of one package (empty when it is valid). Never throws for a
 * bad package; throws only when the tools themselves are missing.
 */
export function validatePackage(zipPath, { expectVersion } = {}) {
  const dir = xsdDir();
  if (!existsSync(join(dir, '1.2')) || !existsSync(join(dir, '2004'))) {
    throw new Error(`SCORM schemas not found in ${dir} (set SCORM_XSD_DIR)`);
  }
  if (!hasXmllint()) throw new Error('xmllint not found: install libxml2-utils');

  const problems = [];
  let entries;
  try {
    entries = unzipSync(readFileSync(zipPath));
  } catch (error) {
    return [`not a readable zip: ${error.message}`];
  }
  const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
  if (!entries['imsmanifest.xml']) return ['no imsmanifest.xml at the root of the zip'];
  const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
  const declared = declaredVersion(manifest);
  if (declared.problem) return [declared.problem];
  if (expectVersion && declared.version !== expectVersion) {
    problems.push(`declares SCORM ${declared.version}, expected ${expectVersion}`);
  }

  const work = mkdtempSync(join(tmpdir(), 'scorm-validate-'));
  try {
    const manifestFile = join(work, 'imsmanifest.xml');
    const wrapperFile = join(work, 'wrapper.xsd');
    writeFileSync(manifestFile, entries['imsmanifest.xml']);
    writeFileSync(wrapperFile, wrapperSchema(declared.version, dir));
    const lint = spawnSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', wrapperFile, manifestFile],
      {
        encoding: 'utf8',
      },
    );
    if (lint.status !== 0) {
      // The 1.2 set's ims_xml.xsd always draws a namespace warning; show only the real errors.
      const lines = lint.stderr.split('\n').filter((line) => line.includes(manifestFile));
      const errors = (lines.length > 0 ? lines : [lint.stderr.trim()]).map((line) =>
        line.replaceAll(work, ''),
      );
      problems.push(`schema validation failed:\n${errors.join('\n')}`);
      return problems;
    }

    const organisations = attributeValues(manifestFile, 'organization', 'identifier');
    const defaults = attributeValues(manifestFile, 'organizations', 'default');
    if (organisations.length !== 1)
      problems.push(`${organisations.length} organisations, expected 1`);
    if (defaults.some((d) => !organisations.includes(d))) {
      problems.push(`default organisation "${defaults.join()}" does not exist`);
    }
    const items = count(manifestFile, 'item');
    if (items < 1) problems.push('no item to launch');

    const resources = attributeValues(manifestFile, 'resource', 'identifier');
    for (const ref of attributeValues(manifestFile, 'item', 'identifierref')) {
      if (!resources.includes(ref)) problems.push(`identifierref "${ref}" points at no resource`);
    }
    const scoType = declared.version === '1.2' ? 'scormtype' : 'scormType';
    const types = attributeValues(manifestFile, 'resource', scoType);
    const hrefs = attributeValues(manifestFile, 'resource', 'href');
    if (!types.includes('sco')) problems.push('no resource is a SCO');
    if (types.length !== resources.length) problems.push(`a resource has no adlcp:${scoType}`);
    if (hrefs.length < types.filter((t) => t === 'sco').length) problems.push('a SCO has no href');
    for (const href of hrefs) {
      const file = decodeURIComponent(href.split(/[?#]/)[0]);
      if (!names.includes(file)) problems.push(`launch file "${file}" is not in the zip`);
    }

    const listed = attributeValues(manifestFile, 'file', 'href').map((h) => decodeURIComponent(h));
    for (const file of listed)
      if (!names.includes(file)) problems.push(`listed file "${file}" is not in the zip`);
    for (const name of names) {
      if (name !== 'imsmanifest.xml' && !listed.includes(name))
        problems.push(`"${name}" is in the zip but not listed`);
      if (/(^|\/)(sw|service-worker|registerSW)\.js$|(^|\/)workbox-[\w-]+\.js$/.test(name)) {
        problems.push(`"${name}" is a service worker: it must be off in the SCORM build`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('Usage: node pipeline/scorm/validate-scorm.mjs PACKAGE.zip [...]');
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    const problems = validatePackage(file);
    if (problems.length === 0) {
      console.log(`${file}: valid`);
    } else {
      failed = true;
      console.error(`${file}: NOT valid\n  ${problems.join('\n  ')}`);
    }
  }
  process.exit(failed ? 1 : 0);
}
