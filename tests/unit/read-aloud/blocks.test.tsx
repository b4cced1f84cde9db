import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { rangeOf, readableBlocks, readableSentences } from '@/features/read-aloud/blocks';

function region(children: ReactNode) {
  const { container } = render(<div>{children}</div>);
  return container.firstElementChild!;
}

describe('readable blocks', () => {
  it('reads the innermost blocks in order and skips what is hidden or decoration', () => {
    const root = region(
      <>
        <h2>Rubrik</h2>
        <ul>
          <li>
            <label>Val A</label>
          </li>
          <li>Val B</li>
        </ul>
        <p hidden>Dold</p>
        <p aria-hidden="true">Dekor</p>
        <details>
          <summary>Källor (2)</summary>
          <p>Inte öppnad</p>
        </details>
        <p>Slut.</p>
      </>,
    );
    expect(readableBlocks(root).map((b) => b.textContent)).toEqual([
      'Rubrik',
      'Val A',
      'Val B',
      'Källor (2)',
      'Slut.',
    ]);
  });

  it('keeps a paragraph whole when it holds a glossary button or a link', () => {
    const root = region(
      <p>
        En <button type="button">muta</button> är en <a href="#x">förmån</a>. Säg nej.
      </p>,
    );
    expect(readableSentences(root, 'sv-SE').map((s) => s.text)).toEqual([
      'En muta är en förmån.',
      'Säg nej.',
    ]);
  });

  it('finds the range of a sentence across the text nodes of its block', () => {
    const root = region(
      <p>
        Första. En <strong>viktig</strong> mening.
      </p>,
    );
    const [, second] = readableSentences(root, 'sv-SE');
    const range = rangeOf(second!.block, second!.start, second!.end);
    expect(range?.toString()).toBe('En viktig mening.');
  });
});
