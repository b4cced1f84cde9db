import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button, type ButtonVariant } from './button';

interface ConfirmProps {
  /** The button that asks first, e.g. "Remove". */
  action: string;
  /** The question asked before anything happens. */
  question: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  /** Called when the question opens, e.g. to clear what the last confirm said. */
  onAsk?: () => void;
  confirmVariant?: ButtonVariant;
  /** Classes of the box that holds the question and the answers. */
  className: string;
  /** Classes of a wrapper around the first button; none, no wrapper. */
  actionClassName?: string;
  /**
   * The question's id. With it, the whole box is a group named by the question and takes focus;
   * without it, the question itself does.
   */
  questionId?: string;
}

/**
 * Ask, then do: a button that opens a question with a confirm and a cancel button. Focus moves to
 * the question, and back to the first button on cancel; on confirm the caller decides where it
 * goes (nothing here takes it).
 */
export function Confirm({
  action,
  question,
  confirm,
  cancel,
  onConfirm,
  onAsk,
  confirmVariant = 'primary',
  className,
  actionClassName,
  questionId,
}: ConfirmProps) {
  const [asking, setAsking] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) (questionId ? box.current : questionRef.current)?.focus();
    else if (returnFocus) button.current?.focus();
  }, [asking, returnFocus, questionId]);

  if (!asking) {
    const ask = (
      <Button
        variant="secondary"
        ref={button}
        onClick={() => {
          onAsk?.();
          setAsking(true);
        }}
      >
        {action}
      </Button>
    );
    return actionClassName ? <div className={actionClassName}>{ask}</div> : ask;
  }
  const answers = (
    <div className="actions">
      <Button
        variant={confirmVariant}
        onClick={() => {
          setReturnFocus(false);
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </Button>
      <Button
        variant="secondary"
        onClick={() => {
          setReturnFocus(true);
          setAsking(false);
        }}
      >
        {cancel}
      </Button>
    </div>
  );
  return questionId ? (
    <div ref={box} tabIndex={-1} className={className} role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      {answers}
    </div>
  ) : (
    <div className={className}>
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      {answers}
    </div>
  );
}
