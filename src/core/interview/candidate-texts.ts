/**
 * What the candidate reads around the questions — progress, time, instructions — in the
 * interview's language, for the terminal and the web room alike. English and Spanish; any other
 * language falls back to English (its questions come from a model).
 */
export type TCandidateTexts = {
  question: (number: number, count: number) => string;
  followUp: (number: number) => string;
  closing: string;
  minutesLeft: (minutes: number) => string;
  aboutMinutesLeft: (minutes: number) => string;
  timeUp: string;
  /** A time warning shown once: "5 minutes left", or the last question. */
  timeWarning: (minutes: number) => string;
  answered: (answered: number, planned: number) => string;
  instructionsInteractive: string;
  instructionsPiped: string;
  noAnswerYet: string;
  skipped: string;
  tooLong: (length: number, limit: number) => string;
  interviewer: string;
  you: string;
  yourAnswer: string;
  sendAnswer: string;
  sending: string;
  keyboardHint: string;
  complete: string;
  /** The web room's controls and notes. */
  skipQuestion: string;
  skippedMark: string;
  undoSkip: string;
  undoingSkip: string;
  confirmSkip: string;
  yesSkip: string;
  keepAnswering: string;
  interviewerWriting: string;
  characterCount: (count: string, limit: string) => string;
  overLimit: (over: string) => string;
  newLineKey: (isTouch: boolean) => string;
  sendKey: (shortcut: string | undefined) => string;
};

const ENGLISH: TCandidateTexts = {
  question: (number, count) => `Question ${number} of ${count}`,
  followUp: (number) => `follow-up ${number}`,
  closing: 'Closing question',
  minutesLeft: (minutes) => `${minutes} min left`,
  aboutMinutesLeft: (minutes) => (minutes <= 1 ? 'About a minute left' : `About ${minutes} minutes left`),
  timeUp: 'time is up',
  timeWarning: (minutes) =>
    minutes <= 0
      ? 'Time is up: this is the last question'
      : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} left`,
  answered: (answered, planned) => `${answered} of ${planned} questions answered`,
  instructionsInteractive:
    'Answer in as many lines as you like, then press Enter on an empty line (or Ctrl-D) to send it. Type "skip" to pass on a question.',
  instructionsPiped:
    'Reading answers from standard input: one answer per paragraph, separated by blank lines.',
  noAnswerYet:
    'No answer yet. Take your time: type your answer, then press Enter on an empty line. Type "skip" to move on, or send an empty answer again to leave this one unanswered.',
  skipped: 'Skipped.',
  tooLong: (length, limit) =>
    `That answer is ${length} characters long; the limit is ${limit}. Please shorten it and send it again.`,
  interviewer: 'Interviewer',
  you: 'You',
  yourAnswer: 'Your answer',
  sendAnswer: 'Send answer',
  sending: 'Sending…',
  keyboardHint: 'Enter adds a new line. Press Ctrl+Enter (⌘+Enter on a Mac) to send.',
  complete: 'Thank you, the interview is complete.',
  skipQuestion: 'Skip question',
  skippedMark: 'Skipped',
  undoSkip: 'Undo skip',
  undoingSkip: 'Bringing it back…',
  confirmSkip: 'Skip this question? You can undo the skip until you send your next answer.',
  yesSkip: 'Yes, skip it',
  keepAnswering: 'Keep answering',
  interviewerWriting: 'The interviewer is writing',
  characterCount: (count, limit) => `${count} / ${limit} characters`,
  overLimit: (over) => ` — ${over} over the limit. Shorten your answer to send it; nothing has been cut.`,
  newLineKey: (isTouch) => (isTouch ? 'Return adds a new line.' : 'Enter adds a new line.'),
  sendKey: (shortcut) =>
    shortcut === undefined ? 'Use Send answer when you are done.' : `Press ${shortcut} to send.`,
};

const SPANISH: TCandidateTexts = {
  question: (number, count) => `Pregunta ${number} de ${count}`,
  followUp: (number) => `repregunta ${number}`,
  closing: 'Pregunta final',
  minutesLeft: (minutes) => `quedan ${minutes} min`,
  aboutMinutesLeft: (minutes) =>
    minutes <= 1 ? 'Queda alrededor de un minuto' : `Quedan unos ${minutes} minutos`,
  timeUp: 'se acabó el tiempo',
  timeWarning: (minutes) =>
    minutes <= 0
      ? 'Se ha acabado el tiempo: esta es la última pregunta'
      : `${minutes === 1 ? 'Queda 1 minuto' : `Quedan ${minutes} minutos`}`,
  answered: (answered, planned) => `${answered} de ${planned} preguntas respondidas`,
  instructionsInteractive:
    'Responda en tantas líneas como quiera y pulse Intro en una línea vacía (o Ctrl-D) para enviar. Escriba "skip" para pasar una pregunta.',
  instructionsPiped:
    'Leyendo respuestas de la entrada estándar: una respuesta por párrafo, separadas por líneas en blanco.',
  noAnswerYet:
    'Aún no hay respuesta. Tómese su tiempo: escriba su respuesta y pulse Intro en una línea vacía. Escriba "skip" para pasar, o envíe de nuevo una respuesta vacía para dejarla sin responder.',
  skipped: 'Pregunta omitida.',
  tooLong: (length, limit) =>
    `Esa respuesta tiene ${length} caracteres; el límite es ${limit}. Acórtela y envíela de nuevo, por favor.`,
  interviewer: 'Entrevistador',
  you: 'Usted',
  yourAnswer: 'Su respuesta',
  sendAnswer: 'Enviar respuesta',
  sending: 'Enviando…',
  keyboardHint: 'Intro añade una línea. Pulse Ctrl+Intro (⌘+Intro en un Mac) para enviar.',
  complete: 'Gracias, la entrevista ha terminado.',
  skipQuestion: 'Omitir pregunta',
  skippedMark: 'Omitida',
  undoSkip: 'Deshacer',
  undoingSkip: 'Recuperándola…',
  confirmSkip: '¿Omitir esta pregunta? Puede deshacerlo hasta que envíe su próxima respuesta.',
  yesSkip: 'Sí, omitirla',
  keepAnswering: 'Seguir respondiendo',
  interviewerWriting: 'El entrevistador está escribiendo',
  characterCount: (count, limit) => `${count} / ${limit} caracteres`,
  overLimit: (over) =>
    ` — ${over} por encima del límite. Acorte su respuesta para enviarla; no se ha cortado nada.`,
  newLineKey: (isTouch) => (isTouch ? 'Intro añade una línea.' : 'Intro añade una línea.'),
  sendKey: (shortcut) =>
    shortcut === undefined
      ? 'Pulse Enviar respuesta cuando termine.'
      : `Pulse ${shortcut.replace('Enter', 'Intro')} para enviar.`,
};

export function candidateTexts(language: string | undefined): TCandidateTexts {
  return language === 'es' ? SPANISH : ENGLISH;
}
