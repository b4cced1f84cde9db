import { Fragment } from 'react';
import type { Block, Inline, RichText as RichTextValue } from '@/types/content';
import { safeHttpUrl } from '@/lib/safe-url';
import { GlossaryTerm } from './glossary-term';
import { NewTabHint } from './new-tab-hint';

function Inlines({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, i) => {
    switch (node.t) {
      case 'text':
        return <Fragment key={i}>{node.v}</Fragment>;
      case 'strong':
        return (
          <strong key={i}>
            <Inlines nodes={node.c} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Inlines nodes={node.c} />
          </em>
        );
      case 'link': {
        // Checked when the course is built; checked again here because the type allows any text.
        const href = safeHttpUrl(node.href);
        return href ? (
          <a key={i} href={href} rel="noopener noreferrer" target="_blank">
            <Inlines nodes={node.c} />
            <NewTabHint />
          </a>
        ) : (
          <Inlines key={i} nodes={node.c} />
        );
      }
      case 'term':
        return (
          <GlossaryTerm key={i} termId={node.id}>
            <Inlines nodes={node.c} />
          </GlossaryTerm>
        );
    }
  });
}

function BlockView({ block }: { block: Block }) {
  switch (block.t) {
    case 'p':
      return (
        <p>
          <Inlines nodes={block.c} />
        </p>
      );
    case 'h': {
      const Heading = block.level === 3 ? 'h2' : 'h3';
      return (
        <Heading>
          <Inlines nodes={block.c} />
        </Heading>
      );
    }
    case 'ul':
    case 'ol': {
      const List = block.t;
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inlines nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <RichText value={block.c} />
        </blockquote>
      );
  }
}

/** Renders course text as React elements: content never reaches the DOM as HTML. */
export function RichText({ value }: { value: RichTextValue }) {
  return value.map((block, i) => <BlockView key={i} block={block} />);
}
