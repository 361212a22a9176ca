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
  /** What the candidate types in the terminal to pass on a question. */
  skipWord: string;
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
  /** The terminal interview's opening, pause and resume lines. */
  terminalTitle: (jobTitle: string) => string;
  sessionSaved: (sessionId: string, isResuming: boolean) => string;
  pickingUp: string;
  inputEnded: string;
  savedResume: string;
  /** The room around the chat: its title, loading, connection and link problems. */
  interview: string;
  interviewFor: (jobTitle: string) => string;
  opening: string;
  offline: string;
  connectionDropped: string;
  answerNotSent: string;
  tryAgain: string;
  linkBroken: string;
  linkBrokenHelp: string;
  staleHeading: string;
  staleBody: string;
  staleLabel: string;
  copied: string;
  copyText: string;
  close: string;
  /** The notice read before consent. */
  noticeHeading: (jobTitle: string) => string;
  noticeLead: string;
  noticeAiHeading: string;
  noticeAi: (organisation: string) => string;
  noticeKeptHeading: string;
  noticeKept: (organisation: string, days: number) => string;
  noticePersonHeading: string;
  /** How to ask for a person instead: the button, or a message to the recruiter's address. */
  humanAlternative: (contactEmail: string) => string;
  noticeHowHeading: string;
  noticeHowLong: (questions: number, minutes: number) => string;
  noticeOwnWords: string;
  noticeSkip: string;
  noticeResume: string;
  agree: string;
  starting: string;
  start: string;
  /** "Ask for a person instead", before and during the interview, and the page after it. */
  askForPerson: string;
  askForPersonHeading: string;
  askForPersonBody: string;
  keepGoing: string;
  yesPerson: string;
  personRequestedHeading: string;
  personRequestedLead: (jobTitle: string | undefined) => string;
  personRequestedBody: (organisation: string | undefined) => string;
  /** The thank-you page. */
  thanksHeading: string;
  thanksLead: (jobTitle: string | undefined) => string;
  thanksBody: (organisation: string | undefined) => string;
  /** The voluntary self-identification form (EEO-1 categories). */
  selfIdHeading: string;
  selfIdBody: string;
  sexLegend: string;
  raceLegend: string;
  sexLabels: Record<'female' | 'male' | 'decline', string>;
  raceLabels: Record<
    | 'hispanic_or_latino'
    | 'white'
    | 'black_or_african_american'
    | 'native_hawaiian_or_pacific_islander'
    | 'asian'
    | 'american_indian_or_alaska_native'
    | 'two_or_more_races'
    | 'decline',
    string
  >;
  send: string;
  selfIdSaved: string;
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
  skipWord: 'skip',
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
  terminalTitle: (jobTitle) => `Candor interview · ${jobTitle}`,
  sessionSaved: (sessionId, isResuming) =>
    `${isResuming ? 'Resuming session' : 'Session'} ${sessionId}, saved after every answer. To pause, press Ctrl-C; to resume later:`,
  pickingUp: '(Picking up where the interview stopped.)',
  inputEnded: 'The input ended before the interview did.',
  savedResume: 'Saved. Resume with:',
  interview: 'Interview',
  interviewFor: (jobTitle) => `Interview for ${jobTitle}`,
  opening: 'Opening your interview…',
  offline: 'You are offline. Your answer stays on this device; it is sent when the connection is back.',
  connectionDropped: 'The connection dropped before the next question arrived.',
  answerNotSent: 'Your answer was not sent: the connection dropped. It is kept here.',
  tryAgain: 'Try again',
  linkBroken: 'This interview link does not work',
  linkBrokenHelp:
    'Links expire after a while and can be withdrawn. Please ask the recruiter who sent it for a new one.',
  staleHeading: 'This answer was not sent',
  staleBody:
    'The interview moved on in another tab or window, so this question had already been answered or skipped there. Your text is kept below: copy it if you want to use it in the question now shown.',
  staleLabel: 'Your unsent text',
  copied: 'Copied',
  copyText: 'Copy text',
  close: 'Close',
  noticeHeading: (jobTitle) => `Your interview for ${jobTitle}`,
  noticeLead: 'Before you start, please read how this interview works.',
  noticeAiHeading: 'An AI conducts and evaluates this interview',
  noticeAi: (organisation) =>
    `Candor, an AI interviewer, asks the questions on behalf of ${organisation} and may ask a follow-up after an answer. Afterwards it writes an evaluation of your answers for ${organisation}'s recruiters. A person reads it and makes every decision: the AI does not decide.`,
  noticeKeptHeading: 'What is kept, and for how long',
  noticeKept: (organisation, days) =>
    `Your resume, your answers, and a few signals about how you answered: when text is pasted, when you leave this tab, and how long each answer takes. ${organisation} keeps them for ${days} days, then they are deleted.`,
  noticePersonHeading: 'Prefer a person?',
  humanAlternative: (contactEmail) =>
    `If you would rather be interviewed by a person, you can ask for that at any time with the "Ask for a person instead" button, or write to ${contactEmail}. Asking for this never counts against you.`,
  noticeHowHeading: 'How it works',
  noticeHowLong: (questions, minutes) => `About ${questions} questions, around ${minutes} minutes.`,
  noticeOwnWords: 'Answer in your own words; several lines are fine. Spelling and grammar are not judged.',
  noticeSkip: 'You can skip a question.',
  noticeResume:
    'If you close this tab or lose your connection, open the link again: you continue where you stopped.',
  agree: 'I have read this notice and agree to be interviewed and evaluated by an AI.',
  starting: 'Starting…',
  start: 'Start the interview',
  askForPerson: 'Ask for a person instead',
  askForPersonHeading: 'Interview with a person instead?',
  askForPersonBody:
    'This AI interview ends now and your answers are not evaluated by the AI. The recruiter is told that you asked for a person and will contact you. Asking for this never counts against you.',
  keepGoing: 'Keep going with the AI interview',
  yesPerson: 'Yes, I want a person',
  personRequestedHeading: 'You asked for an interview with a person',
  personRequestedLead: (jobTitle) =>
    `The AI interview${jobTitle === undefined ? '' : ` for ${jobTitle}`} has ended, and the AI will not evaluate it.`,
  personRequestedBody: (organisation) =>
    `${organisation === undefined ? 'The' : `${organisation}'s`} recruiter has been told and will contact you to arrange it. Asking for this never counts against you. You can close this tab now.`,
  thanksHeading: 'Thank you',
  thanksLead: (jobTitle) =>
    `Your interview${jobTitle === undefined ? '' : ` for ${jobTitle}`} is complete and your answers are saved.`,
  thanksBody: (organisation) =>
    `${organisation === undefined ? 'The' : `${organisation}'s`} team reviews every interview in person and will contact you about the next steps. You can close this tab now.`,
  selfIdHeading: 'Voluntary self-identification',
  selfIdBody:
    'To check that its hiring process treats every group fairly, the employer measures selection rates by sex and by race/ethnicity. Answering is voluntary, and declining never affects you. Your answers are stored apart from your interview: the people and the AI who evaluate your interview never see them; they are only counted in group totals.',
  sexLegend: 'Sex',
  raceLegend: 'Race/ethnicity',
  sexLabels: { female: 'Female', male: 'Male', decline: 'I decline to answer' },
  raceLabels: {
    hispanic_or_latino: 'Hispanic or Latino',
    white: 'White (not Hispanic or Latino)',
    black_or_african_american: 'Black or African American (not Hispanic or Latino)',
    native_hawaiian_or_pacific_islander: 'Native Hawaiian or Other Pacific Islander (not Hispanic or Latino)',
    asian: 'Asian (not Hispanic or Latino)',
    american_indian_or_alaska_native: 'American Indian or Alaska Native (not Hispanic or Latino)',
    two_or_more_races: 'Two or More Races (not Hispanic or Latino)',
    decline: 'I decline to answer',
  },
  send: 'Send',
  selfIdSaved: 'Thank you: your voluntary answers are saved apart from your interview.',
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
  skipWord: 'omitir',
  instructionsInteractive:
    'Responda en tantas líneas como quiera y pulse Intro en una línea vacía (o Ctrl-D) para enviar. Escriba "omitir" para pasar una pregunta.',
  instructionsPiped:
    'Leyendo respuestas de la entrada estándar: una respuesta por párrafo, separadas por líneas en blanco.',
  noAnswerYet:
    'Aún no hay respuesta. Tómese su tiempo: escriba su respuesta y pulse Intro en una línea vacía. Escriba "omitir" para pasar, o envíe de nuevo una respuesta vacía para dejarla sin responder.',
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
  terminalTitle: (jobTitle) => `Entrevista de Candor · ${jobTitle}`,
  sessionSaved: (sessionId, isResuming) =>
    `${isResuming ? 'Se reanuda la sesión' : 'Sesión'} ${sessionId}, guardada después de cada respuesta. Para hacer una pausa, pulse Ctrl-C; para seguir más tarde:`,
  pickingUp: '(Seguimos donde se quedó la entrevista.)',
  inputEnded: 'La entrada terminó antes que la entrevista.',
  savedResume: 'Guardada. Para seguir:',
  interview: 'Entrevista',
  interviewFor: (jobTitle) => `Entrevista para ${jobTitle}`,
  opening: 'Abriendo su entrevista…',
  offline:
    'No tiene conexión. Su respuesta se queda en este dispositivo y se enviará cuando vuelva la conexión.',
  connectionDropped: 'Se perdió la conexión antes de que llegara la siguiente pregunta.',
  answerNotSent: 'Su respuesta no se ha enviado: se perdió la conexión. Se conserva aquí.',
  tryAgain: 'Volver a intentarlo',
  linkBroken: 'Este enlace de entrevista no funciona',
  linkBrokenHelp:
    'Los enlaces caducan pasado un tiempo y pueden retirarse. Pida uno nuevo a la persona de selección que se lo envió.',
  staleHeading: 'Esta respuesta no se ha enviado',
  staleBody:
    'La entrevista avanzó en otra pestaña o ventana, así que esta pregunta ya se había respondido u omitido allí. Su texto se conserva abajo: cópielo si quiere usarlo en la pregunta que se muestra ahora.',
  staleLabel: 'Su texto sin enviar',
  copied: 'Copiado',
  copyText: 'Copiar el texto',
  close: 'Cerrar',
  noticeHeading: (jobTitle) => `Su entrevista para ${jobTitle}`,
  noticeLead: 'Antes de empezar, lea cómo funciona esta entrevista.',
  noticeAiHeading: 'Una IA realiza y evalúa esta entrevista',
  noticeAi: (organisation) =>
    `Candor, un entrevistador de IA, hace las preguntas en nombre de ${organisation} y puede hacer una repregunta después de una respuesta. Después redacta una evaluación de sus respuestas para el equipo de selección de ${organisation}. Una persona la lee y toma todas las decisiones: la IA no decide.`,
  noticeKeptHeading: 'Qué se guarda y durante cuánto tiempo',
  noticeKept: (organisation, days) =>
    `Su currículum, sus respuestas y algunas señales de cómo respondió: cuándo se pega texto, cuándo sale de esta pestaña y cuánto tarda cada respuesta. ${organisation} los guarda durante ${days} días y después se borran.`,
  noticePersonHeading: '¿Prefiere a una persona?',
  humanAlternative: (contactEmail) =>
    `Si prefiere que le entreviste una persona, puede pedirlo en cualquier momento con el botón «Pedir una entrevista con una persona» o escribiendo a ${contactEmail}. Pedirlo nunca cuenta en su contra.`,
  noticeHowHeading: 'Cómo funciona',
  noticeHowLong: (questions, minutes) => `Unas ${questions} preguntas, alrededor de ${minutes} minutos.`,
  noticeOwnWords:
    'Responda con sus propias palabras; puede escribir varias líneas. No se juzgan la ortografía ni la gramática.',
  noticeSkip: 'Puede omitir una pregunta.',
  noticeResume:
    'Si cierra esta pestaña o pierde la conexión, vuelva a abrir el enlace: continuará donde lo dejó.',
  agree: 'He leído este aviso y acepto que una IA me entreviste y me evalúe.',
  starting: 'Empezando…',
  start: 'Empezar la entrevista',
  askForPerson: 'Pedir una entrevista con una persona',
  askForPersonHeading: '¿Prefiere que le entreviste una persona?',
  askForPersonBody:
    'Esta entrevista con IA termina ahora y la IA no evalúa sus respuestas. Se avisa a la persona de selección de que ha pedido una entrevista con una persona, y se pondrá en contacto con usted. Pedirlo nunca cuenta en su contra.',
  keepGoing: 'Seguir con la entrevista de IA',
  yesPerson: 'Sí, quiero una persona',
  personRequestedHeading: 'Ha pedido una entrevista con una persona',
  personRequestedLead: (jobTitle) =>
    `La entrevista con IA${jobTitle === undefined ? '' : ` para ${jobTitle}`} ha terminado y la IA no la evaluará.`,
  personRequestedBody: (organisation) =>
    `Ya se ha avisado al equipo de selección${organisation === undefined ? '' : ` de ${organisation}`}, que se pondrá en contacto con usted para organizarla. Pedirlo nunca cuenta en su contra. Ya puede cerrar esta pestaña.`,
  thanksHeading: 'Gracias',
  thanksLead: (jobTitle) =>
    `Su entrevista${jobTitle === undefined ? '' : ` para ${jobTitle}`} ha terminado y sus respuestas están guardadas.`,
  thanksBody: (organisation) =>
    `El equipo${organisation === undefined ? '' : ` de ${organisation}`} revisa cada entrevista en persona y se pondrá en contacto con usted sobre los siguientes pasos. Ya puede cerrar esta pestaña.`,
  selfIdHeading: 'Autoidentificación voluntaria',
  selfIdBody:
    'Para comprobar que su proceso de selección trata a todos los grupos por igual, la empresa mide las tasas de selección por sexo y por raza/etnia. Responder es voluntario y no hacerlo nunca le perjudica. Sus respuestas se guardan aparte de su entrevista: ni las personas ni la IA que evalúan su entrevista las ven; solo se cuentan en los totales por grupo.',
  sexLegend: 'Sexo',
  raceLegend: 'Raza/etnia',
  sexLabels: { female: 'Mujer', male: 'Hombre', decline: 'Prefiero no responder' },
  raceLabels: {
    hispanic_or_latino: 'Hispano o latino',
    white: 'Blanco (no hispano ni latino)',
    black_or_african_american: 'Negro o afroamericano (no hispano ni latino)',
    native_hawaiian_or_pacific_islander: 'Nativo de Hawái u otras islas del Pacífico (no hispano ni latino)',
    asian: 'Asiático (no hispano ni latino)',
    american_indian_or_alaska_native: 'Indígena americano o nativo de Alaska (no hispano ni latino)',
    two_or_more_races: 'De dos o más razas (no hispano ni latino)',
    decline: 'Prefiero no responder',
  },
  send: 'Enviar',
  selfIdSaved: 'Gracias: sus respuestas voluntarias se guardan aparte de su entrevista.',
};

export function candidateTexts(language: string | undefined): TCandidateTexts {
  return language === 'es' ? SPANISH : ENGLISH;
}
