import {
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { candidateTexts, type TCandidateTexts } from '../../../src/core/interview/candidate-texts.js';
import {
  consentToInterview,
  fetchInterviewRoom,
  streamNextQuestion,
  submitAnswer,
  undoSkip,
} from '../api/candor-api';
import { ApiError, describeError } from '../api/client';
import type { TInterviewRoom, TStreamedQuestion } from '../api/types';
import { AskForPerson } from '../components/ask-for-person';
import { SelfIdentificationForm } from '../components/self-identification-form';
import { useDocumentTitle } from '../components/use-resource';
import { IntegrityRecorder } from '../lib/integrity-recorder';
import { detectInputDevice, sendShortcutHint } from '../lib/send-shortcut-hint';

/** The answer recorded when the candidate skips a question (sent with `skip: true`). */
export const SKIP_ANSWER = 'skip';

/** The longest answer the server takes; the room counts towards it and never cuts a text. */
export const MAX_ANSWER_CHARACTERS = 20_000;

const isSkipAnswer = (entry: { answer: string; skipped?: boolean }) =>
  entry.skipped === true || entry.answer.trim().toLowerCase() === SKIP_ANSWER;

type TPhase =
  | { kind: 'loading' }
  | { kind: 'unavailable'; detail: string }
  | { kind: 'notice' }
  | { kind: 'chat' }
  | { kind: 'done' }
  /** The candidate asked for a person instead: the AI interview has ended. */
  | { kind: 'human' };

type THistoryEntry = TInterviewRoom['history'][number];

/** What a failed request should do again when the candidate (or the network) comes back. */
type TRetry = 'load' | 'answer';

/** Before the room is loaded its language is unknown: the browser's language stands in. */
function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language?.slice(0, 2).toLowerCase();
}

const draftKey = (token: string, turnId: string) => `candor:draft:${token}:${turnId}`;

function readDraft(token: string, turnId: string): string {
  try {
    return window.localStorage.getItem(draftKey(token, turnId)) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(token: string, turnId: string, text: string): void {
  try {
    if (text === '') window.localStorage.removeItem(draftKey(token, turnId));
    else window.localStorage.setItem(draftKey(token, turnId), text);
  } catch {
    // Private mode or a full disk: the draft lives only in the page.
  }
}

/**
 * The candidate's interview room, opened from the link: the notice and consent, then the chat
 * (each question streamed in, answers with paste and focus signals), then a thank-you page
 * without scores. Every state comes from the server, so a refresh or a lost connection resumes
 * at the same question, with the unsent answer kept on the device.
 */
export function InterviewRoomPage({ token }: { token: string }) {
  const [phase, setPhase] = useState<TPhase>({ kind: 'loading' });
  const [room, setRoom] = useState<TInterviewRoom | undefined>(undefined);
  const [history, setHistory] = useState<THistoryEntry[]>([]);
  const [current, setCurrent] = useState<TStreamedQuestion | undefined>(undefined);
  const [streamingText, setStreamingText] = useState<string | undefined>(undefined);
  const [answer, setAnswer] = useState('');
  const [isSending, setIsSending] = useState(false);
  const [problem, setProblem] = useState<
    { detail: string; retry?: TRetry; answer?: string; isSkip?: boolean } | undefined
  >(undefined);
  const [isOffline, setIsOffline] = useState(
    () => typeof navigator !== 'undefined' && navigator.onLine === false,
  );
  /** An answer the server refused because another tab or window moved the interview on. */
  const [staleAnswer, setStaleAnswer] = useState<string | undefined>(undefined);
  const [isUndoing, setIsUndoing] = useState(false);
  const [deadline, setDeadline] = useState<number | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  const recorder = useRef(new IntegrityRecorder());
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const isAsking = useRef(false);
  // Every text the candidate reads follows the interview's language.
  const texts = candidateTexts(room?.language ?? browserLanguage());
  const textsRef = useRef(texts);
  textsRef.current = texts;
  useDocumentTitle(room ? `${texts.interview} · ${room.jobTitle}` : texts.interview);

  const applyRoom = useCallback((next: TInterviewRoom) => {
    setRoom(next);
    setHistory(next.history);
    const at = Date.now();
    setNow(at);
    setDeadline(at + next.progress.minutesLeft * 60_000);
  }, []);

  const showQuestion = useCallback(
    (question: TStreamedQuestion) => {
      setCurrent(question);
      setStreamingText(undefined);
      setAnswer(readDraft(token, question.turnId));
      recorder.current.reset();
    },
    [token],
  );

  const askNext = useCallback(async () => {
    if (isAsking.current) return;
    isAsking.current = true;
    setProblem(undefined);
    setCurrent(undefined);
    setStreamingText('');
    try {
      const result = await streamNextQuestion(token, (text) => setStreamingText(text));
      if (result.kind === 'done') {
        setStreamingText(undefined);
        setPhase({ kind: 'done' });
        // The finished room offers the voluntary self-identification form.
        void fetchInterviewRoom(token).then(applyRoom, () => undefined);
      } else {
        showQuestion(result.question);
      }
    } catch (error) {
      setStreamingText(undefined);
      setProblem({
        detail:
          ApiError.isInstance(error) && error.isNetworkError
            ? textsRef.current.connectionDropped
            : describeError(error),
        retry: 'load',
      });
    } finally {
      isAsking.current = false;
    }
  }, [token, showQuestion, applyRoom]);

  const load = useCallback(async () => {
    setProblem(undefined);
    try {
      const next = await fetchInterviewRoom(token);
      applyRoom(next);
      switch (next.status) {
        case 'awaiting_consent':
          setPhase({ kind: 'notice' });
          break;
        case 'completed':
          setPhase({ kind: 'done' });
          break;
        case 'human_requested':
          setPhase({ kind: 'human' });
          break;
        case 'in_progress':
          setPhase({ kind: 'chat' });
          if (next.currentQuestion !== null) showQuestion(next.currentQuestion);
          else void askNext();
          break;
        default: {
          const unknownStatus: never = next.status;
          throw new Error(`Unknown interview status ${String(unknownStatus)}`);
        }
      }
    } catch (error) {
      if (ApiError.isInstance(error) && error.isNetworkError) {
        setProblem({ detail: error.detail, retry: 'load' });
        setPhase((currentPhase) => (currentPhase.kind === 'loading' ? { kind: 'loading' } : currentPhase));
      } else {
        setPhase({ kind: 'unavailable', detail: describeError(error) });
      }
    }
  }, [token, applyRoom, showQuestion, askNext]);

  useEffect(() => {
    void load();
  }, [load]);

  // Minutes left tick down between answers; every answer and refresh re-syncs with the server.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  // Focus changes are recorded while a question waits for its answer.
  useEffect(() => {
    if (current === undefined) return;
    const onBlur = () => recorder.current.recordBlur();
    const onFocus = () => recorder.current.recordFocus();
    const onVisibility = () => (document.visibilityState === 'hidden' ? onBlur() : onFocus());
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [current]);

  const send = useCallback(
    async (text: string, options: { isSkip?: boolean } = {}) => {
      if (current === undefined || isSending) return;
      setIsSending(true);
      setProblem(undefined);
      try {
        const answered = await submitAnswer(token, {
          turnId: current.turnId,
          answer: text,
          ...(options.isSkip ? { skip: true } : {}),
          events: recorder.current.peek(),
        });
        writeDraft(token, current.turnId, '');
        recorder.current.reset();
        setHistory((entries) => [
          ...entries,
          { turnId: current.turnId, question: current.text, answer: text },
        ]);
        setCurrent(undefined);
        setAnswer('');
        if (answered !== undefined) {
          applyRoom(answered);
          if (answered.status === 'completed') {
            setPhase({ kind: 'done' });
            return;
          }
        } else {
          setRoom((value) =>
            value === undefined
              ? value
              : { ...value, progress: { ...value.progress, answered: value.progress.answered + 1 } },
          );
        }
        void askNext();
      } catch (error) {
        if (ApiError.isInstance(error) && error.isNetworkError) {
          setProblem({
            detail: textsRef.current.answerNotSent,
            retry: 'answer',
          });
        } else if (ApiError.isInstance(error) && (error.status === 409 || error.status === 404)) {
          // The server moved on (another tab answered, or the link changed): say so, keep the text
          // for copying, and continue from the server's state.
          if (!options.isSkip && text.trim() !== '') setStaleAnswer(text);
          writeDraft(token, current.turnId, '');
          setAnswer('');
          await load();
        } else {
          setProblem({ detail: describeError(error) });
        }
      } finally {
        setIsSending(false);
      }
    },
    [current, isSending, token, applyRoom, askNext, load],
  );

  const undo = useCallback(
    async (turnId: string) => {
      setIsUndoing(true);
      setProblem(undefined);
      try {
        const next = await undoSkip(token, turnId);
        applyRoom(next);
        if (next.currentQuestion !== null) showQuestion(next.currentQuestion);
      } catch (error) {
        if (ApiError.isInstance(error) && error.status === 409) await load();
        setProblem({ detail: describeError(error) });
      } finally {
        setIsUndoing(false);
      }
    },
    [token, applyRoom, showQuestion, load],
  );

  const retry = useCallback(() => {
    if (problem?.retry === 'answer') void send(problem.answer ?? answer, { isSkip: problem.isSkip === true });
    else void load();
  }, [problem, send, answer, load]);

  // Back online: try again by itself.
  useEffect(() => {
    const onOnline = () => {
      setIsOffline(false);
      if (problem?.retry !== undefined) retry();
    };
    const onOffline = () => setIsOffline(true);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [problem, retry]);

  const consent = async () => {
    setProblem(undefined);
    try {
      const next = await consentToInterview(token);
      const resolved = next ?? (await fetchInterviewRoom(token));
      applyRoom(resolved);
      setPhase({ kind: 'chat' });
      if (resolved.currentQuestion !== null) showQuestion(resolved.currentQuestion);
      else void askNext();
    } catch (error) {
      setProblem({ detail: describeError(error) });
    }
  };

  const onHumanRequested = (next: TInterviewRoom) => {
    applyRoom(next);
    setCurrent(undefined);
    setStreamingText(undefined);
    setProblem(undefined);
    setPhase({ kind: 'human' });
  };

  const minutesLeft = deadline === undefined ? undefined : Math.max(0, Math.ceil((deadline - now) / 60_000));

  return (
    <div className="room">
      <header className="room-header">
        <div className="room-header-inner">
          <p className="room-org">{room?.organisationName ?? texts.interview}</p>
          {room !== undefined ? <p className="room-job">{room.jobTitle}</p> : null}
        </div>
      </header>
      <main id="main" className="room-main">
        {isOffline ? (
          <div className="alert alert-warning" role="alert">
            <p>{texts.offline}</p>
          </div>
        ) : null}
        {phase.kind === 'loading' ? (
          problem === undefined ? (
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" /> {texts.opening}
            </p>
          ) : null
        ) : null}
        {phase.kind === 'unavailable' ? <Unavailable detail={phase.detail} texts={texts} /> : null}
        {phase.kind === 'notice' && room !== undefined ? (
          <ConsentNotice room={room} onConsent={consent} texts={texts} />
        ) : null}
        {staleAnswer !== undefined ? (
          <StaleAnswer text={staleAnswer} onDismiss={() => setStaleAnswer(undefined)} texts={texts} />
        ) : null}
        {phase.kind === 'chat' && room !== undefined ? (
          <Chat
            room={room}
            texts={texts}
            history={history}
            current={current}
            streamingText={streamingText}
            answer={answer}
            minutesLeft={minutesLeft}
            isSending={isSending}
            isUndoing={isUndoing}
            textareaRef={textareaRef}
            onAnswerChange={(text) => {
              setAnswer(text);
              if (current !== undefined) writeDraft(token, current.turnId, text);
            }}
            onPaste={(text) => recorder.current.recordPaste(text)}
            onSubmit={() => {
              if (answer.length <= MAX_ANSWER_CHARACTERS) void send(answer);
            }}
            onSkip={() => void send(SKIP_ANSWER, { isSkip: true })}
            onUndoSkip={(turnId) => void undo(turnId)}
          />
        ) : null}
        {phase.kind === 'done' ? <ThankYou room={room} texts={texts} /> : null}
        {phase.kind === 'human' ? <PersonRequested room={room} texts={texts} /> : null}
        {(phase.kind === 'notice' || phase.kind === 'chat') && room !== undefined ? (
          <AskForPerson token={token} onRequested={onHumanRequested} texts={texts} />
        ) : null}
        {(phase.kind === 'done' || phase.kind === 'human') && room?.selfIdentification === 'offered' ? (
          <SelfIdentificationForm token={token} onAnswered={applyRoom} texts={texts} />
        ) : null}
        {(phase.kind === 'done' || phase.kind === 'human') && room?.selfIdentification === 'answered' ? (
          <p className="hint" role="status">
            {texts.selfIdSaved}
          </p>
        ) : null}
        {problem !== undefined ? (
          <div className="alert alert-error room-problem" role="alert">
            <p>{problem.detail}</p>
            {problem.retry !== undefined ? (
              <button type="button" className="button" onClick={retry}>
                {texts.tryAgain}
              </button>
            ) : null}
          </div>
        ) : null}
      </main>
    </div>
  );
}

/** The answer a stale tab could not send: what happened, and the text to copy. */
function StaleAnswer({
  text,
  onDismiss,
  texts,
}: {
  text: string;
  onDismiss: () => void;
  texts: TCandidateTexts;
}) {
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setIsCopied(true);
    } catch {
      setIsCopied(false);
    }
  };
  return (
    <section className="alert alert-warning stale-answer" aria-labelledby="stale-heading" role="alert">
      <h2 id="stale-heading">{texts.staleHeading}</h2>
      <p>{texts.staleBody}</p>
      <label htmlFor="stale-text">{texts.staleLabel}</label>
      <textarea id="stale-text" readOnly rows={4} value={text} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {isCopied ? texts.copied : texts.copyText}
        </button>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {texts.close}
        </button>
      </div>
    </section>
  );
}

function Unavailable({ detail, texts }: { detail: string; texts: TCandidateTexts }) {
  return (
    <section className="room-card" aria-labelledby="unavailable-heading">
      <h1 id="unavailable-heading">{texts.linkBroken}</h1>
      <p>{detail}</p>
      <p>{texts.linkBrokenHelp}</p>
    </section>
  );
}

function ConsentNotice({
  room,
  onConsent,
  texts,
}: {
  room: TInterviewRoom;
  onConsent: () => Promise<void>;
  texts: TCandidateTexts;
}) {
  const [hasAgreed, setHasAgreed] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);
  const organisation = room.organisationName;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsBusy(true);
    await onConsent();
    setIsBusy(false);
  };
  return (
    <section className="room-card notice" aria-labelledby="notice-heading">
      <h1 id="notice-heading" ref={headingRef} tabIndex={-1}>
        {texts.noticeHeading(room.jobTitle)}
      </h1>
      <p className="lead">{texts.noticeLead}</p>
      <h2>{texts.noticeAiHeading}</h2>
      <p>{texts.noticeAi(organisation)}</p>
      <h2>{texts.noticeKeptHeading}</h2>
      <p>{texts.noticeKept(organisation, room.notice.retentionDays)}</p>
      <h2>{texts.noticePersonHeading}</h2>
      <p>{room.notice.humanAlternative}</p>
      <h2>{texts.noticeHowHeading}</h2>
      <ul>
        <li>{texts.noticeHowLong(room.progress.planned, Math.round(room.progress.minutesLeft))}</li>
        <li>{texts.noticeOwnWords}</li>
        <li>{texts.noticeSkip}</li>
        <li>{texts.noticeResume}</li>
      </ul>
      <form onSubmit={submit} className="consent-form">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={hasAgreed}
            onChange={(event) => setHasAgreed(event.currentTarget.checked)}
          />
          <span>{texts.agree}</span>
        </label>
        <button type="submit" className="button button-large" disabled={!hasAgreed || isBusy}>
          {isBusy ? texts.starting : texts.start}
        </button>
      </form>
    </section>
  );
}

function Chat({
  room,
  texts,
  history,
  current,
  streamingText,
  answer,
  minutesLeft,
  isSending,
  isUndoing,
  textareaRef,
  onAnswerChange,
  onPaste,
  onSubmit,
  onSkip,
  onUndoSkip,
}: {
  room: TInterviewRoom;
  texts: TCandidateTexts;
  history: THistoryEntry[];
  current: TStreamedQuestion | undefined;
  streamingText: string | undefined;
  answer: string;
  minutesLeft: number | undefined;
  isSending: boolean;
  isUndoing: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onAnswerChange: (text: string) => void;
  onPaste: (text: string) => void;
  onSubmit: () => void;
  onSkip: () => void;
  onUndoSkip: (turnId: string) => void;
}) {
  const endRef = useRef<HTMLDivElement>(null);
  const keepAnsweringRef = useRef<HTMLButtonElement>(null);
  const [isConfirmingSkip, setIsConfirmingSkip] = useState(false);
  const [hint] = useState(() => sendShortcutHint(detectInputDevice()));
  const isStreaming = streamingText !== undefined;
  const { answered, planned } = room.progress;
  const isOverLimit = answer.length > MAX_ANSWER_CHARACTERS;
  const isNearLimit = answer.length > MAX_ANSWER_CHARACTERS * 0.9;
  // A skip can be taken back until the next answer is sent (the server checks the same).
  const lastEntry = history.at(-1);
  const undoableTurnId = lastEntry !== undefined && isSkipAnswer(lastEntry) ? lastEntry.turnId : undefined;

  // A restored draft: the caret goes after it, so typing continues the text.
  useEffect(() => {
    const textarea = textareaRef.current;
    if (current === undefined || textarea === null) return;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, [current, textareaRef]);

  useEffect(() => {
    if (isConfirmingSkip) keepAnsweringRef.current?.focus();
  }, [isConfirmingSkip]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new question closes the confirmation.
  useEffect(() => setIsConfirmingSkip(false), [current?.turnId]);

  // Keep the newest message in view as it streams in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever the conversation grows.
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [history.length, streamingText, current?.turnId]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (answer.trim() !== '' && !isOverLimit) onSubmit();
    }
  };

  return (
    <section className="chat" aria-labelledby="chat-heading">
      <div className="chat-status">
        <h1 id="chat-heading" className="visually-hidden">
          {texts.interviewFor(room.jobTitle)}
        </h1>
        <div className="chat-progress">
          <label htmlFor="interview-progress">
            {current?.position === undefined
              ? texts.answered(Math.min(answered, planned), planned)
              : positionLabel(current.position, texts)}
          </label>
          <progress id="interview-progress" max={Math.max(planned, 1)} value={Math.min(answered, planned)} />
        </div>
        {minutesLeft !== undefined ? (
          <p className="chat-time">{texts.aboutMinutesLeft(minutesLeft)}</p>
        ) : null}
      </div>
      <div className="messages-log" role="log" aria-live="polite" aria-relevant="additions">
        <ol className="messages">
          {history.map((entry) => (
            <li key={entry.turnId} className="message-pair">
              <div className="message message-question">
                <span className="message-author">{texts.interviewer}</span>
                <p>{entry.question}</p>
              </div>
              <div className="message message-answer">
                <span className="message-author">{texts.you}</span>
                <p>{isSkipAnswer(entry) ? <em>{texts.skippedMark}</em> : entry.answer}</p>
                {entry.turnId === undoableTurnId ? (
                  <button
                    type="button"
                    className="button button-small button-quiet undo-skip"
                    onClick={() => onUndoSkip(entry.turnId)}
                    disabled={isUndoing || isSending || isStreaming}
                  >
                    {isUndoing ? texts.undoingSkip : texts.undoSkip}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
          {isStreaming ? (
            <li className="message-pair">
              <div className="message message-question is-streaming" aria-busy="true">
                <span className="message-author">{texts.interviewer}</span>
                <p>
                  {streamingText === '' ? (
                    <span className="typing" role="status">
                      <span className="visually-hidden">{texts.interviewerWriting}</span>
                      <span aria-hidden="true">•••</span>
                    </span>
                  ) : (
                    streamingText
                  )}
                </p>
              </div>
            </li>
          ) : null}
          {current !== undefined ? (
            <li className="message-pair">
              <div className="message message-question" data-testid="current-question">
                <span className="message-author">{texts.interviewer}</span>
                <p>{current.text}</p>
              </div>
            </li>
          ) : null}
        </ol>
      </div>
      {current?.timeWarning ? (
        <p className="alert alert-warning time-warning" role="status">
          {current.timeWarning}
        </p>
      ) : null}
      {current !== undefined ? (
        <form
          className="answer-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (answer.trim() !== '' && !isOverLimit) onSubmit();
          }}
        >
          <label htmlFor="answer">{texts.yourAnswer}</label>
          <textarea
            id="answer"
            ref={textareaRef}
            rows={6}
            value={answer}
            disabled={isSending}
            onChange={(event) => onAnswerChange(event.currentTarget.value)}
            onPaste={(event) => onPaste(event.clipboardData.getData('text'))}
            onKeyDown={onKeyDown}
            aria-invalid={isOverLimit}
            aria-describedby="answer-count answer-hint"
          />
          <p
            id="answer-count"
            className={`answer-count${isOverLimit ? ' is-over' : isNearLimit ? ' is-near' : ''}`}
            aria-live={isNearLimit ? 'polite' : 'off'}
          >
            {texts.characterCount(
              answer.length.toLocaleString('en'),
              MAX_ANSWER_CHARACTERS.toLocaleString('en'),
            )}
            {isOverLimit ? texts.overLimit((answer.length - MAX_ANSWER_CHARACTERS).toLocaleString('en')) : ''}
          </p>
          {isConfirmingSkip ? (
            <fieldset className="skip-confirm">
              <legend>{texts.confirmSkip}</legend>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setIsConfirmingSkip(false);
                    onSkip();
                  }}
                >
                  {texts.yesSkip}
                </button>
                <button
                  type="button"
                  ref={keepAnsweringRef}
                  className="button button-quiet"
                  onClick={() => {
                    setIsConfirmingSkip(false);
                    textareaRef.current?.focus();
                  }}
                >
                  {texts.keepAnswering}
                </button>
              </div>
            </fieldset>
          ) : null}
          <div className="answer-actions">
            <p id="answer-hint" className="hint">
              {texts.newLineKey(hint.send === undefined)} {texts.sendKey(hint.send)}
            </p>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setIsConfirmingSkip(true)}
              disabled={isSending || isConfirmingSkip}
            >
              {texts.skipQuestion}
            </button>
            <button
              type="submit"
              className="button"
              disabled={isSending || answer.trim() === '' || isOverLimit}
            >
              {isSending ? texts.sending : texts.sendAnswer}
            </button>
          </div>
        </form>
      ) : null}
      <div ref={endRef} />
    </section>
  );
}

function ThankYou({ room, texts }: { room: TInterviewRoom | undefined; texts: TCandidateTexts }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);
  return (
    <section className="room-card thank-you" aria-labelledby="thanks-heading">
      <p className="thank-you-mark" aria-hidden="true">
        ✓
      </p>
      <h1 id="thanks-heading" ref={headingRef} tabIndex={-1}>
        {texts.thanksHeading}
      </h1>
      <p className="lead">{texts.thanksLead(room?.jobTitle)}</p>
      <p>{texts.thanksBody(room?.organisationName)}</p>
    </section>
  );
}

function PersonRequested({ room, texts }: { room: TInterviewRoom | undefined; texts: TCandidateTexts }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);
  return (
    <section className="room-card thank-you" aria-labelledby="person-heading">
      <h1 id="person-heading" ref={headingRef} tabIndex={-1}>
        {texts.personRequestedHeading}
      </h1>
      <p className="lead">{texts.personRequestedLead(room?.jobTitle)}</p>
      <p>{texts.personRequestedBody(room?.organisationName)}</p>
    </section>
  );
}

/** "Question 3 of 7 · follow-up 1": follow-ups counted as what they are, not as new questions. */
function positionLabel(position: NonNullable<TStreamedQuestion['position']>, texts: TCandidateTexts): string {
  if (position.isClosing) return texts.closing;
  const question = texts.question(position.questionNumber, position.questionCount);
  return position.followUpNumber === null
    ? question
    : `${question} · ${texts.followUp(position.followUpNumber)}`;
}
