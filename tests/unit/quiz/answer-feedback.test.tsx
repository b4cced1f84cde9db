import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerFeedback } from '@/features/quiz/answer-feedback';
import { MistakeReview } from '@/features/quiz/mistake-review';
import type { Question } from '@/types/content';
import { renderWithRouter, setupI18n } from '../render';

beforeAll(async () => {
  await setupI18n('sv');
});

const question = (type: Question['type'], correct: string[]): Question => ({
  id: 'q',
  type,
  prompt: 'Vilka av dessa är mutor?',
  explanation: 'Så här är det.',
  sources: [],
  recall: false,
  options: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    correct: correct.includes(id),
    text: `Svar ${id.toUpperCase()}`,
    feedback: '',
  })),
});

describe('the feedback on a multiple-choice answer', () => {
  it('says how many of the right answers the learner found, and any wrong ones chosen', () => {
    renderWithRouter(
      <AnswerFeedback question={question('multiple', ['a', 'c'])} selected={['a', 'd']} />,
    );
    expect(screen.getByRole('heading', { name: /Inte rätt/ })).toBeInTheDocument();
    expect(
      screen.getByText('Du hittade 1 av 2 rätta svar. Du valde också ett svar som inte stämmer.'),
    ).toBeVisible();
  });

  it('says so when every right answer was found', () => {
    renderWithRouter(
      <AnswerFeedback question={question('multiple', ['a', 'c'])} selected={['c', 'a']} />,
    );
    expect(screen.getByText('Du hittade 2 av 2 rätta svar.')).toBeVisible();
  });

  it('gives no count where only one answer can be right', () => {
    renderWithRouter(<AnswerFeedback question={question('single', ['a'])} selected={['b']} />);
    expect(screen.queryByText(/Du hittade/)).toBeNull();
  });
});

describe('the review of mistakes', () => {
  it('lists several right answers one per line, and a single answer on its line', () => {
    renderWithRouter(
      <MistakeReview
        questions={[question('multiple', ['a', 'c'])]}
        answers={{ q: { selected: ['b'], correct: false, at: 1 } }}
      />,
    );
    expect(screen.getByText('Du svarade:').parentElement).toHaveTextContent('Du svarade: Svar B');
    const right = screen.getByRole('list', { name: 'Rätt svar:' });
    expect(
      within(right)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Svar A', 'Svar C']);
  });
});
