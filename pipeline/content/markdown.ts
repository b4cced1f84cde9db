/**
 * Turns the small Markdown subset that lesson text may use into `RichText`
 * nodes. Anything outside the subset (raw HTML, images, tables, code) is an
 * authoring error, so the app never has HTML to inject.
 */
import { marked, type Token, type Tokens } from 'marked';
import type { Block, Inline, RichText } from './resolved.ts';

export class MarkdownError extends Error {}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => entities[m] ?? m);

function inlines(tokens: Token[] | undefined, terms: Set<string>): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) out.push(...inlines(t.tokens, terms));
        else out.push({ t: 'text', v: decode(t.text) });
        break;
      }
      case 'strong':
      case 'em':
        out.push({ t: token.type, c: inlines((token as Tokens.Strong).tokens, terms) });
        break;
      case 'br':
        out.push({ t: 'text', v: ' ' });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const children = inlines(link.tokens, terms);
        if (link.href.startsWith('term:')) {
          const termId = link.href.slice('term:'.length);
          if (!terms.has(termId)) {
            throw new MarkdownError(
              `links to glossary term "${termId}", which content/glossary.yaml does not list`,
            );
          }
          out.push({ t: 'term', id: termId, c: children });
        } else if (/^https:\/\//.test(link.href)) {
          out.push({ t: 'link', href: link.href, c: children });
        } else {
          throw new MarkdownError(
            `has a link to "${link.href}": use https:// addresses or term:<glossary-id>`,
          );
        }
        break;
      }
      default:
        throw new MarkdownError(
          `uses Markdown that the course does not support (${token.type}): "${token.raw.trim()}"`,
        );
    }
  }
  return out;
}

function blocks(tokens: Token[], terms: Set<string>): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        out.push({ t: 'p', c: inlines((token as Tokens.Paragraph).tokens, terms) });
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        if (heading.depth !== 3 && heading.depth !== 4) {
          throw new MarkdownError(
            `has a level-${heading.depth} heading: lesson text may use ### and #### only`,
          );
        }
        out.push({ t: 'h', level: heading.depth, c: inlines(heading.tokens, terms) });
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        out.push({
          t: list.ordered ? 'ol' : 'ul',
          items: list.items.map((item) =>
            item.tokens.flatMap((child) =>
              child.type === 'space'
                ? []
                : inlines(
                    child.type === 'text' || child.type === 'paragraph'
                      ? ((child as Tokens.Text).tokens ?? [child])
                      : [child],
                    terms,
                  ),
            ),
          ),
        });
        break;
      }
      case 'blockquote':
        out.push({ t: 'quote', c: blocks((token as Tokens.Blockquote).tokens, terms) });
        break;
      default:
        throw new MarkdownError(
          `uses Markdown that the course does not support (${token.type}): "${token.raw.trim().slice(0, 60)}"`,
        );
    }
  }
  return out;
}

/** Parses lesson Markdown; throws `MarkdownError` for anything outside the subset. */
export function parseRichText(markdown: string, terms: Set<string>): RichText {
  return blocks(marked.lexer(markdown), terms);
}
