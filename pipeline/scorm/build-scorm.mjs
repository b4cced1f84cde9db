#!/usr/bin/env node
/**
 * Builds the LMS packages: the app once, in SCORM mode, into dist-scorm/app,
 * then two zips with the app at their root and an imsmanifest.xml each:
 *
 *   dist-scorm/mutkollen-scorm12.zip    SCORM 1.2
 *   dist-scorm/mutkollen-scorm2004.zip  SCORM 2004 4th Edition
 *
 * Both manifests are checked against the official schemas, offline, and for
 * the rules the schemas cannot check (pipeline/scorm/validate-scorm.mjs). The build
 * fails when a package is not valid. See docs/lms.md.
 *
 * When the web app has been built (dist/index.html), the two zips are also copied to dist/lms/,
 * so the deployed site offers them for download on its trainer page. `npm run build` empties
 * dist/, so run this after it (as scripts/check-all.sh does).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { validatePackage } from './validate-scorm.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist-scorm');
const appDir = join(out, 'app');
const webDist = join(root, 'dist');
/** Where the deployed site offers the packages (src/features/trainer/lms-package-files.ts). */
export const SITE_LMS_DIR = 'lms';
/** The same date on every entry, so the same build gives the same zip. */
const ZIP_DATE = new Date('2020-01-01T00:00:00');

function buildApp() {
  rmSync(out, { recursive: true, force: true });
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', 'scorm', '--outDir', 'dist-scorm/app', '--emptyOutDir'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build --mode scorm failed');
}

/** Every file of the built app, as zip paths, sorted; Vite's build manifest stays out. */
function appFiles(dir = appDir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === '.vite' ? [] : appFiles(path);
      return [relative(appDir, path).split(sep).join('/')];
    })
    .sort();
}

const xml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

function courseInfo() {
  const course = parse(readFileSync(join(root, 'content', 'course.yaml'), 'utf8'));
  const text = parse(readFileSync(join(root, 'content', 'course.sv.yaml'), 'utf8'));
  return { version: String(course.version), title: String(text.title) };
}

const fileList = (files) =>
  files.map((f) => `      <file href="${xml(encodeURI(f))}"/>`).join('\n');

/**
 * The manifest both versions share: one organisation with one item, one SCO resource holding every
 * file. A version brings its namespaces (`xmlns:prefix` → URI, with the schema file of each),
 * its schema version, the name of the SCO type attribute and what else goes in the item.
 */
function manifest(files, { version, title }, v) {
  const namespaces = Object.entries(v.namespaces)
    .map(([attr, [uri]]) => `\n  ${attr}="${uri}"`)
    .join('');
  const schemaLocation = Object.values(v.namespaces)
    .map(([uri, xsd]) => `${uri} ${xsd}`)
    .join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="mutkollen" version="${xml(version)}"${namespaces}
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${schemaLocation}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${v.schemaversion}</schemaversion>
  </metadata>
  <organizations default="mutkollen-organisation">
    <organization identifier="mutkollen-organisation">
      <title>${xml(title)}</title>
      <item identifier="mutkollen-item" identifierref="mutkollen-sco" isvisible="true" parameters="?lms=${v.lms}">
        <title>${xml(title)}</title>${v.item ?? ''}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="mutkollen-sco" type="webcontent" ${v.scormTypeAttr}="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 1.2: IMS CP 1.1.2 with ADL's adlcp extensions. */
export const manifest12 = (files, info) =>
  manifest(files, info, {
    namespaces: {
      xmlns: ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      'xmlns:adlcp': ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    },
    schemaversion: '1.2',
    lms: 'scorm12',
    scormTypeAttr: 'adlcp:scormtype',
  });

/**
 * SCORM 2004 4th Edition. The course sets completion and success itself
 * (deliveryControls), so the LMS never marks it passed on exit by default.
 */
export const manifest2004 = (files, info) =>
  manifest(files, info, {
    namespaces: {
      xmlns: ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      'xmlns:adlcp': ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      'xmlns:adlseq': ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      'xmlns:adlnav': ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      'xmlns:imsss': ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    },
    schemaversion: '2004 4th Edition',
    lms: 'scorm2004',
    scormTypeAttr: 'adlcp:scormType',
    item: `
        <imsss:sequencing>
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>`,
  });

function writeZip(name, manifest, files) {
  const entries = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime: ZIP_DATE }] };
  for (const file of files) {
    entries[file] = [new Uint8Array(readFileSync(join(appDir, file))), { mtime: ZIP_DATE }];
  }
  const path = join(out, name);
  writeFileSync(path, zipSync(entries, { level: 9 }));
  return path;
}

function main() {
  buildApp();
  const files = appFiles();
  if (!files.includes('index.html')) throw new Error('the build has no index.html');
  const info = courseInfo();
  const packages = [
    ['1.2', writeZip('mutkollen-scorm12.zip', manifest12(files, info), files)],
    ['2004', writeZip('mutkollen-scorm2004.zip', manifest2004(files, info), files)],
  ];
  let failed = false;
  for (const [version, path] of packages) {
    const problems = validatePackage(path, { expectVersion: version });
    const name = relative(root, path);
    if (problems.length > 0) {
      failed = true;
      console.error(`✗ ${name} (SCORM ${version}) is not valid:\n  ${problems.join('\n  ')}`);
    } else {
      const kb = Math.round(statSync(path).size / 1024);
      console.log(`✓ ${name} (SCORM ${version}): ${files.length} files, ${kb} KB, manifest valid`);
    }
  }
  if (failed) process.exit(1);
  copyToSite(packages.map(([, path]) => path));
}

/** The packages beside the web app, for download from the trainer page. */
function copyToSite(paths) {
  if (!existsSync(join(webDist, 'index.html'))) {
    console.log(
      'dist/ has no web build: the packages are not offered on the site (run npm run build first)',
    );
    return;
  }
  const dir = join(webDist, SITE_LMS_DIR);
  mkdirSync(dir, { recursive: true });
  for (const path of paths) {
    const target = join(dir, path.split(sep).pop());
    copyFileSync(path, target);
    console.log(`✓ ${relative(root, target)}: offered on the site's trainer page`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`build:scorm failed: ${error.message}`);
    process.exit(1);
  }
}
