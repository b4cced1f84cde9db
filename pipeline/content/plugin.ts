/**
 * Vite plugin that serves the course from `content/` as lazy chunks:
 * `virtual:content` holds only loaders; each catalogue, module, glossary and
 * source list is its own chunk per language, so the first page carries no
 * course text. `virtual:content/course-index` is the course's language-neutral
 * structure (ids and order, see course-index.ts), for the LMS link. A content error fails the build (and shows in the dev overlay).
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { SOURCE_LANGUAGE } from '../../src/config/languages.ts';
import { courseIndexOf } from './course-index.ts';
import { type BuiltContent, loadContent } from './load.ts';
import { LANGUAGES } from './schema.ts';
import type { Language } from '../../src/config/languages.ts';

const ENTRY = 'virtual:content';
const PREFIX = 'virtual:content/';
const RESOLVED = '\0mutkollen-content/';

export function contentPlugin(contentRoot = resolve(process.cwd(), 'content')): Plugin {
  let built: BuiltContent | undefined;
  const get = () => (built ??= loadContent(contentRoot));

  const json = (value: unknown) =>
    `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

  const loaders = (content: BuiltContent) => {
    const lazy = (kind: string, lang: string, id?: string) =>
      `() => import(${JSON.stringify(`${PREFIX}${kind}/${lang}${id ? `/${id}` : ''}`)})`;
    const perLang = (kind: string) =>
      `{ ${LANGUAGES.map((l) => `${l}: ${lazy(kind, l)}`).join(', ')} }`;
    const moduleIds = Object.keys(content.modules[SOURCE_LANGUAGE]);
    return [
      `export const organisation = ${JSON.stringify(content.organisation)};`,
      `export const catalogueLoaders = ${perLang('catalogue')};`,
      `export const glossaryLoaders = ${perLang('glossary')};`,
      `export const sourceLoaders = ${perLang('sources')};`,
      `export const moduleLoaders = {`,
      ...moduleIds.map(
        (id) =>
          `  ${JSON.stringify(id)}: { ${LANGUAGES.map((l) => `${l}: ${lazy('module', l, id)}`).join(', ')} },`,
      ),
      `};`,
    ].join('\n');
  };

  return {
    name: 'mutkollen-content',
    buildStart() {
      built = undefined;
      for (const file of get().files) this.addWatchFile(file);
    },
    resolveId(id) {
      if (id === ENTRY) return `${RESOLVED}index`;
      if (id.startsWith(PREFIX)) return RESOLVED + id.slice(PREFIX.length);
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const content = get();
      const [kind, lang, moduleId] = id.slice(RESOLVED.length).split('/') as [
        string,
        Language,
        string?,
      ];
      switch (kind) {
        case 'index':
          return loaders(content);
        case 'course-index':
          return json(courseIndexOf(content));
        case 'catalogue':
          return json(content.catalogue[lang]);
        case 'glossary':
          return json(content.glossary[lang]);
        case 'sources':
          return json(content.sources[lang]);
        case 'module':
          return json(content.modules[lang][moduleId ?? '']);
        default:
          return null;
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentRoot);
      server.watcher.on('change', (file) => {
        if (!resolve(file).startsWith(contentRoot)) return;
        built = undefined;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
