import { useEffect, useRef, useState } from 'react';
import type { TCandidateTexts } from '../../../src/core/interview/candidate-texts.js';
import { requestHumanInterview } from '../api/candor-api';
import { describeError } from '../api/client';
import type { TInterviewRoom } from '../api/types';

/**
 * "Ask for a person instead": available in the interview room before and during the interview.
 * A confirmation says what happens (the AI interview ends, nothing is evaluated, the recruiter is
 * told); confirming stores the request and hands the room back.
 */
export function AskForPerson({
  token,
  onRequested,
  texts,
}: {
  token: string;
  onRequested: (room: TInterviewRoom) => void;
  /** The room's texts, in the interview's language. */
  texts: TCandidateTexts;
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);

  const confirm = async () => {
    setIsBusy(true);
    setProblem(undefined);
    try {
      onRequested(await requestHumanInterview(token));
    } catch (error) {
      setProblem(describeError(error));
      setIsBusy(false);
    }
  };

  if (!isConfirming) {
    return (
      <div className="ask-for-person">
        <button type="button" className="button button-quiet" onClick={() => setIsConfirming(true)}>
          {texts.askForPerson}
        </button>
      </div>
    );
  }
  return (
    <section className="ask-for-person room-card" role="alertdialog" aria-labelledby="ask-person-heading">
      <h2 id="ask-person-heading">{texts.askForPersonHeading}</h2>
      <p>{texts.askForPersonBody}</p>
      {problem !== undefined ? (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="answer-actions">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setIsConfirming(false)}
          disabled={isBusy}
        >
          {texts.keepGoing}
        </button>
        <button
          type="button"
          className="button"
          ref={confirmRef}
          onClick={() => void confirm()}
          disabled={isBusy}
        >
          {isBusy ? texts.sending : texts.yesPerson}
        </button>
      </div>
    </section>
  );
}
