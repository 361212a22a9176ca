import { normalizeForMatching } from '../text/normalize-for-matching.js';

/**
 * What makes a span of candidate text read as an attempt to steer the evaluation rather than as
 * part of an answer or a resume:
 * - `override`: tells a reader to set aside its instructions ("ignore previous instructions").
 * - `addresses_reader`: speaks to an AI, model, evaluator, reviewer, screener, ATS or "whoever
 *   reads this" (a vocative, a "note to…", "if you are an AI…").
 * - `mentions_reader`: names such a reader and speaks in the second person, without a vocative.
 * - `directs_outcome`: tells someone how to rate, score, rank, recommend or flag the candidate,
 *   or which requirements to mark met ("rate them strong", "no red flags", "advance").
 * - `verdict_words`: words of a verdict ("10/10", "strongly recommend", "top match").
 * - `claims_assessed`: says the assessment is done or the candidate pre-approved.
 * - `protocol`: imitates a prompt's machinery (chat-template tokens, [INST], <system> tags,
 *   fenced "system" blocks, the closing tags Candor wraps candidate text in).
 * - `role_marker`: imitates a message or a verdict format ("System:" lines, "### Instruction",
 *   verdict JSON, "[Assessment complete — …]" brackets); weaker, as "System: Linux" is a resume line.
 * - `encoded`: carries an encoded payload (base64) that itself reads as an attempt.
 * - `obfuscated`: hides its letters (zero-width characters inside words, look-alike letters from
 *   another script, fullwidth forms), which ordinary writing does not do.
 * In English, Spanish, French and German; every pattern is matched on `normalizeForMatching`'s
 * spelling, so accents are dropped in the patterns.
 */
export type TInjectionFeature =
  | 'override'
  | 'addresses_reader'
  | 'mentions_reader'
  | 'directs_outcome'
  | 'verdict_words'
  | 'claims_assessed'
  | 'protocol'
  | 'role_marker'
  | 'encoded'
  | 'obfuscated';

/** How much each feature weighs; a span is an attempt when its weights reach the threshold. */
export const FEATURE_WEIGHTS: Record<TInjectionFeature, number> = {
  override: 3,
  addresses_reader: 2,
  mentions_reader: 1,
  directs_outcome: 1.5,
  verdict_words: 0.75,
  claims_assessed: 1.5,
  protocol: 2,
  role_marker: 1.25,
  encoded: 3,
  obfuscated: 1,
};

// A reader that is not the interviewer: an AI, a model, an automated evaluator.
const MACHINE =
  '(?:ai|a\\.i\\.|artificial intelligence|llm|large language model|language model|gpt(?:-?\\d)?|chatgpt|claude|gemini|copilot|bot|chatbot|assistant|ats|applicant tracking system|algorithm|parser|screening (?:tools?|software|systems?|models?|bots?)|automated (?:system|tool|screener|screening|reviewer|evaluator|grader|recruiter|process|pipeline)|ia|ki|kunstliche intelligenz|intelligence artificielle|inteligencia artificial|modelo(?: de lenguaje)?|modele(?: de langage)?|sprachmodell|modell|sistema automatizado|systeme automatise|automatisiertes system|\\w*(?:bewertungs|auswahl|bewerber|screening|ranking)(?:system|tool|software|modell))';
const ROLE =
  '(?:assistant|evaluator|evaluators|reviewer|reviewers|screener|screeners|grader|graders|assessor|assessors|judge|rater|scorer|ranker|recruiter|hiring (?:system|tool|bot)|system|model|agent|evaluador|evaluadora|revisor|revisora|sistema|evaluateur|evaluatrice|examinateur|systeme|correcteur|bewerter|bewerterin|prufer|gutachter|system|assistent)';
const READER = `(?:${MACHINE}(?:\\s+${ROLE})?|${ROLE})`;

const OVERRIDE: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|overlook|skip|bypass|drop|set aside|pay no attention to)\b.{0,40}\b(?:previous|prior|above|earlier|preceding|former|original|other|all|any|your|the|system)\b.{0,25}\b(?:instructions?|prompts?|rules|guidelines|criteria|directions|directives|rubric|policy|policies|context|scoring guide|constraints)\b/,
  /\b(?:new|updated|revised|real|actual|hidden|secret) (?:instructions?|system prompt|directive|task)\s*[:!-]/,
  /\b(?:enable|enter|switch to|activate) (?:developer|admin|god|dan) mode\b/,
  /\byou are now (?:a|an|the|in)\b/,
  /\bfrom now on,? (?:you|your|act|respond|answer|rate|treat)\b/,
  /\b(?:act|behave|respond) as (?:if you were |an? |the )?(?:ai|assistant|evaluator|grader|hiring manager|recruiter)\b.{0,60}\b(?:rate|score|recommend|approve)/,
  // Spanish
  /\b(?:ignora|ignore|ignorar|olvida|olvide|olvidar|omite|omita|descarta|descarte|pasa por alto)\b.{0,40}\b(?:instrucciones|indicaciones|reglas|criterios|directrices|rubrica)\b/,
  /\b(?:nuevas instrucciones|a partir de ahora,? (?:tu|usted|eres|es|debes|debe|califica|evalua))\b/,
  // French
  /\b(?:ignorez|ignore|ignorer|oubliez|oublie|oublier|ne tenez pas compte|faites abstraction)\b.{0,40}\b(?:instructions|consignes|regles|criteres|directives|grille)\b/,
  /\b(?:nouvelles (?:instructions|consignes)|a partir de maintenant,? (?:tu|vous|notez|evaluez))\b/,
  // German
  /\b(?:ignoriere|ignorieren|ignoriert|vergiss|vergessen|missachte|missachten|uberspringe)\b.{0,40}\b(?:anweisungen|anweisung|vorgaben|regeln|kriterien|richtlinien|instruktionen|bewertungsschema)\b/,
  /\b(?:neue anweisungen?|ab (?:jetzt|sofort),? (?:bist du|sind sie|bewerte|bewerten|du bist))\b/,
];

const ADDRESS: RegExp[] = [
  // "Note to the AI evaluator", "message for any automated system", "instructions for the model"
  new RegExp(
    `\\b(?:note|notes|message|memo|instruction|instructions|notice|reminder|request|directive|p\\.?s\\.?|attention|attn|hint|a word|guidance)(?: from [^:.]{1,40}?)? (?:to|for) (?:the |any |all |every |an? |whatever |each )?(?:\\w+ ){0,2}${READER}\\b`,
  ),
  // "Dear reviewer model,", "Hello AI,", "Attention screening system:", "To the evaluator:"
  new RegExp(
    `(?:^|[.!?:;\\n(\\["-]\\s*)(?:dear|hi|hey|hello|greetings|attention|attn|to|estimado|estimada|querido|querida|hola|atencion|para el|para la|al|cher|chere|bonjour|a l'attention (?:du|de la|de l')|a l'|au|an den|an die|an das|liebe|lieber|liebes|hallo|achtung|sehr geehrtes?|sehr geehrter)\\s+(?:the |any |all |an? |el |la |los |le |les |der |die |das |den |dem |l')?(?:\\w+ ){0,2}${READER}\\b(?:\\s+\\w+){0,2}\\s*[,:!-]`,
  ),
  // "AI evaluator, …" / "Model: …" / "Reviewer, …" as a vocative at the start
  new RegExp(`^(?:${MACHINE}(?:\\s+${ROLE})?\\s*[,:]|${ROLE}\\s*,)\\s+\\S`),
  // "To the AI that analyses this interview:", "À l'IA qui analyse cet entretien :"
  new RegExp(
    `(?:^|[.!?:;\\n(]\\s*)(?:to|for|a|al|a la|an|pour|para)\\s+(?:the |any |l'|la |le |el |den |die |das |dem )?(?:\\w+ ){0,1}${READER} (?:that|which|who|qui|que|der|die|das) (?:is |est |esta |ist )?(?:\\w+ ){0,1}(?:reads?|reading|analy[sz]es?|analy[sz]ing|evaluates?|evaluating|scores?|scoring|screens?|screening|grades?|grading|lit|analyse|evalue|note|lee|analiza|evalua|califica|liest|analysiert|bewertet|pruft)\\b`,
  ),
  // "If you are an AI / a language model / an automated screener"
  new RegExp(
    `\\b(?:if|when|since|as) you(?:'re| are) (?:an? |the )?(?:\\w+ ){0,2}${READER}\\b|\\b(?:si|como) (?:eres|es usted|usted es) (?:una? |el |la )?(?:\\w+ ){0,2}${READER}\\b|\\bsi (?:tu es|vous etes) (?:une? |le |la |l')?(?:\\w+ ){0,2}${READER}\\b|\\b(?:wenn|falls) (?:du|sie) (?:eine? |ein |der |die |das )?(?:\\w+ ){0,2}${READER}\\b (?:bist|sind)`,
  ),
  // "you are an AI / an evaluator" without "now"
  new RegExp(`\\byou are (?:an? |the )(?:\\w+ ){0,2}${MACHINE}\\b`),
  // "whoever/whatever reads this", "any system reading this resume", "the reader of this document"
  /\b(?:(?:whoever|whatever|anyone|anybody|everyone)(?: \w+)?|any (?:system|tool|program|software|model|reader|ai)|the (?:system|tool|model|software|program|ai)) (?:is )?(?:reading|reads|parsing|parses|processing|processes|screening|screens|evaluating|evaluates|scoring|scores|reviewing|reviews|analy[sz]ing|analy[sz]es) (?:this|these|my)\b/,
  /\b(?:quien|quienquiera que|(?:cualquier|al|el|a la|la) (?:sistema|herramienta|modelo|ia|programa)(?: que)?) (?:lea|leyendo|procese|procesando|evalue|evaluando|analice) (?:esto|este|esta|mi)\b/,
  /\b(?:quiconque|tout (?:systeme|outil|modele|lecteur)(?: qui)?|a (?:toute|tout) (?:ia|systeme)(?: qui)?) (?:lit|lisant|traite|traitant|evalue|evaluant|analyse) (?:ceci|ce|cette|mon|ma)\b/,
  /\b(?:wer (?:auch immer )?(?:dies|das|diesen|diese) (?:liest|verarbeitet|bewertet|pruft)|jedes? (?:system|tool|modell|ki),? (?:das|die) (?:dies|diesen|diese|meinen|meine) (?:liest|verarbeitet|bewertet|pruft))\b/,
  // Spanish, French, German "note for the AI"
  new RegExp(
    `\\b(?:nota|mensaje|aviso|instruccion(?:es)?|indicacion(?:es)?|p\\.?d\\.?|nachricht|hinweis|anweisungs?|anweisungen|mitteilung|notiz|remarque|consignes?|avis|message|note|instructions?) (?:para|al|a la|a los|pour|a|an|fur) (?:el |la |los |le |la |les |l'|den |die |das |dem |der |tout |toute |todo |cualquier |jedes |jeden |jede )?(?:\\w+ ){0,2}${READER}\\b`,
  ),
];

/** Second person: the writer is talking to whoever reads. */
const SECOND_PERSON =
  /\b(?:you|your|yours|yourself|tu|tus|usted|ustedes|vous|votre|vos|toi|ton|ta|tes|du|dein|deine|ihr|sie|bitte|please|por favor|s'il vous plait|veuillez)\b/;

/** Whose rating a directive is about: this candidate, me, my answers, them. */
const SUBJECT =
  "(?:this|the|my|these|those|his|her|their|our|him|her|them|me|it|each|every|all|both|este|esta|estos|estas|el|la|los|las|mi|mis|su|sus|lo|le|ce|cet|cette|ces|le|la|les|mon|ma|mes|son|sa|ses|l'|diesen|diese|dieses|der|die|das|den|meine|meinen|mein|seine|ihre|ihn)";
const RATED_THING =
  '(?:candidate|candidates|candidacy|applicant|applicants|application|resume|cv|profile|answer|answers|response|responses|reply|replies|interview|transcript|submission|person|individual|requirement|requirements|skill|skills|candidato|candidata|candidatura|postulante|aspirante|respuesta|respuestas|perfil|curriculum|entrevista|requisito|requisitos|candidat|candidate|candidature|reponse|reponses|profil|entretien|exigence|exigences|critere|criteres|kandidat|kandidatin|kandidaten|bewerber|bewerberin|bewerbung|antwort|antworten|lebenslauf|profil|interview|gesprach|anforderung|anforderungen)';
const TOP_OUTCOME =
  '(?:excellent|exemplary|exceptional|outstanding|perfect|perfectly|flawless|stellar|superb|top|top-tier|highest|maximum|max|best|strong|strongly|very strong|expert|expert-level|senior-level|ideal|a perfect fit|the best fit|a top match|a strong hire|strong hire|hire|met|fully met|satisfied|fulfilled|verified|passed|qualified|highly qualified|\\d{1,3} ?(?:/|out of|of|sur|von|de) ?\\d{1,3}|a\\+|5 stars|five stars|sobresaliente|excelente|ejemplar|perfecto|perfecta|maxima|maximo|fuerte|cumplido|cumplidos|cumplida|apto|apta|idoneo|idonea|exemplaire|parfait|parfaite|maximale|maximum|remplie?s?|satisfaite?s?|validee?s?|hervorragend|exzellent|ausgezeichnet|perfekt|vorbildlich|hochste|maximal|maximale|stark|erfullt|sehr gut|bestnote)';
const RATE_VERB =
  '(?:rate|rank|score|grade|mark|label|classify|categori[sz]e|list|record|log|treat|consider|evaluate|assess|weigh|weight|judge|put|set|flag|tag|count|report|present|describe|summari[sz]e|place|move|califica|calificar|calificalo|calificala|califique|puntua|puntuar|puntue|valora|valorar|valore|evalua|evaluar|evalue|clasifica|clasificar|clasifique|marca|marcar|marque|considera|considerar|considere|registra|registrar|notez|noter|note|evaluez|evaluer|evalue|classez|classer|marquez|marquer|considerez|considerer|indiquez|indiquer|inscrivez|bewerte|bewerten|bewertet|stufe|stufen|einstufen|markiere|markieren|betrachte|betrachten|werte|werten|vermerke|vermerken|fuhre|fuhren|trage|tragen|gib|geben)';

const DIRECTIVE: RegExp[] = [
  // "rate this candidate as excellent", "score my answers 10/10", "list WCAG 2.1 AA as a met requirement"
  new RegExp(
    `\\b${RATE_VERB}\\b (?:${SUBJECT} )?(?:\\w+ ){0,4}(?:as|at|with|a|an|como|comme|en|als|mit|zu|auf)? ?(?:an? |the |une? |el |la |un |una |le |ein |eine |einen |die |der |das )?${TOP_OUTCOME}\\b`,
  ),
  // "give this candidate the highest score", "award full marks"
  /\b(?:give|assign|award|grant|provide|return|output|da|dale|dele|otorga|otorgue|asigna|asigne|donnez|donner|attribuez|attribuer|accordez|gib|geben|vergib|vergeben|erteile|erteilen)\b.{0,40}\b(?:highest|top|maximum|max|perfect|full|best|strongest|maxima|maximo|mejor|maximale|meilleure|hochste|beste|volle)\b.{0,20}\b(?:score|rating|marks|mark|grade|recommendation|rank|ranking|verdict|puntuacion|calificacion|nota|recomendacion|evaluation|recommandation|bewertung|punktzahl|note|empfehlung|wertung)\b/,
  // "recommend / advance / hire this candidate", "should be advanced"
  new RegExp(
    `\\b(?:recommend|advance|hire|shortlist|short-list|approve|accept|pass|fast-track|move forward|forward|select|prioriti[sz]e|recomienda|recomendar|recomiende|avanza|avanzar|avance|contrata|contratar|contrate|aprueba|aprobar|apruebe|selecciona|seleccionar|recommandez|recommander|recommande|retenez|retenir|selectionnez|selectionner|embauchez|embaucher|empfehle|empfehlen|stelle|einstellen|befordere|weiterleiten|auswahlen|einladen)\\b (?:strongly |highly |firmly |unreservedly )?(?:a |al |a la )?${SUBJECT} ${RATED_THING}\\b`,
  ),
  new RegExp(
    `\\b${SUBJECT} ${RATED_THING} (?:\\w+ ){0,2}(?:should|must|needs to|has to|is to|deberia|debe|tiene que|doit|devrait|soll|sollte|muss) (?:be |ser |etre |werden )?(?:\\w+ ){0,2}(?:advanced|hired|shortlisted|recommended|approved|ranked|rated|scored|accepted|selected|moved forward|fast-tracked|marked|treated|considered|avanzad[oa]|contratad[oa]|recomendad[oa]|aprobad[oa]|seleccionad[oa]|calificad[oa]|recommandee?|retenue?|selectionnee?|embauchee?|notee?|eingestellt|empfohlen|ausgewahlt|bewertet|eingestuft|weitergeleitet|eingeladen)\\b`,
  ),
  /\b(?:place|put|rank|list|move|placez|classez|mettez|placer|classer|coloca|colocar|pon|poner|situa|setze|setzen|platziere|platzieren|stelle|stellen)\b.{0,30}\b(?:at the top|first|on top|top of|en tete|en premier|premiere place|primero|en primer lugar|a la cabeza|an die spitze|ganz oben|an erster stelle)\b/,
  /\b(?:mit (?:der |einer )?)?(?:bestnote|hochstnote|hochste[nr]? (?:punktzahl|bewertung|note)|volle[nr]? punktzahl|als (?:hervorragend|exzellent|ausgezeichnet|ideal|idealen \w+|stark|sehr gut|erfullt)) (?:zu )?(?:bewerten|bewertet|einstufen|einzustufen|markieren|empfehlen|beurteilen|versehen)\b/,
  /\b(?:confirm|confirmez|confirmer|confirma|confirme|confirmar|bestatige|bestatigen)\b.{0,25}\b(?:candidacy|application|hire|hiring|selection|candidature|candidatura|seleccion|bewerbung|einstellung|auswahl)\b/,
  /\b(?:skip|bypass|forgo|omit|salta|saltar|omite|omitir|sautez|sauter|ignorez|uberspringe|uberspringen)\b (?:\w+ ){0,2}(?:assessment|evaluation|review|screening|checks?|evaluacion|revision|evaluation|verification|bewertung|prufung)\b/,
  /\b(?:advance|move) (?:him|her|them|me) (?:to|into) (?:the )?(?:next|final|onsite|last)\b/,
  new RegExp(
    `\\b(?:should|must|needs to|has to|is to|soll|sollte|muss|debe|deberia|tiene que|doit|devrait) (?:\\w+ ){0,1}${SUBJECT} ${RATED_THING} (?:\\w+ ){0,2}(?:advance|hire|recommend|shortlist|approve|accept|rank|weiterleiten|einladen|einstellen|empfehlen|auswahlen|avanzar|contratar|recomendar|aprobar|seleccionar|retenir|recommander|embaucher|selectionner)\\b`,
  ),
  /\b(?:recommend|recommending|recomienda|recomendar|recommandez|recommander|empfehle|empfehlen) (?:hiring|hire|advancing|an offer|the hire|for hire|la contratacion|contratar|l'embauche|embaucher|die einstellung|einzustellen)\b/,
  /\b(?:recommandez|recommande|recomiendalo|recomiendala|recomiendelo|recomiendela|empfehlen sie (?:ihn|sie))(?:-(?:le|la|les))?\b.{0,20}\b(?:sans reserve|sin reservas|vorbehaltlos|uneingeschrankt|fortement|firmemente)\b/,
  /\b(?:counts?|counted|treated|scored|rated|graded|qualifies|cuenta|compte|zahlt|gilt) (?:as|como|comme|als) (?:an? |un |una |une |ein |eine )?(?:strong|excellent|exemplary|met|expert|outstanding|fuerte|excelente|cumplido|exemplaire|rempli|hervorragend|erfullt)\b/,
  /\b(?:expected|correct|right|only acceptable|required|esperad[oa]|correct[oa]|attendue?|correcte|erwartete|richtige) (?:output|outcome|answer|verdict|decision|recommendation|result|resultado|veredicto|resultat|ergebnis|urteil|empfehlung)\b.{0,12}\b(?:is|es|est|ist)\b\s*(?:to )?(?:strongly|advance|hire|approve|recommend|excellent|strong|avanzar|contratar|recomendar|retenir|embaucher|recommander|einstellen|empfehlen)/,
  /\b(?:under|per|according to|segun|selon|gemass|laut) (?:the |la |le |el |das |den |dem )?(?:updated|new|revised|changed|nueva|nouvelle|neuen?|aktualisierten?) (?:rubric|criteria|scoring|rules|rubrica|criterios|grille|criteres|bewertungsschema|kriterien)\b/,
  // "no red flags", "do not flag / mention / penalise"
  /\b(?:no|zero|without|none of the|sin|ninguna|ningun|aucun|aucune|sans|keine|keinen|ohne) (?:red[- ]flags?|warning signs?|concerns|flags|senal(?:es)? de (?:alerta|alarma)|banderas rojas|alertas|signa(?:l|ux) d'alerte|drapeaux rouges|reserves|warnsignale?|roten flaggen|bedenken|warnzeichen)\b/,
  /\b(?:do not|don't|dont|never|must not|should not|no|ne|n'|nicht|nie|keinesfalls)\b ?(?:\w+ ){0,2}(?:flag|mention|report|note|penali[sz]e|mark down|deduct|downgrade|question|include|reveal|disclose|menciones|mencione|mencionar|senales|senale|marques|marque|penalices|penalice|reveles|mentionnez|mentionner|signalez|signaler|penalisez|penaliser|revelez|erwahne|erwahnen|melde|melden|markiere|markieren|bestrafe|abwerten|verrate)\b.{0,40}\b(?:this|these|it|that|the|any|esto|esta|este|nada|ceci|cela|ce|cette|dies|diese|diesen|das|note|notice|message|instruction|nota|mensaje|instruccion|remarque|consigne|hinweis|anweisung|nachricht|weak|gaps?|concerns?|errors?|mistakes?|red flags?|anything)\b/,
  /\b(?:ignore|disregard|overlook|omit|excuse|forgive|ignora|ignore|omite|omita|passez sur|ignorez|ignoriere|ubersehe|ubergehe)\b (?:\w+ ){0,3}(?:weak|poor|wrong|incorrect|negative|short|brief|incomplete|bad|debiles|flojas|incorrectas|faibles|mauvaises|erreurs|schwachen|falschen|fehler|errors?|mistakes?|gaps?|typos|shortcomings)\b/,
  // "mark all requirements as met", "treat every must-have as satisfied"
  /\b(?:all|every|each|the|todos los|todas las|cada|tous les|toutes les|chaque|alle|jede|jeden)\b ?(?:\w+ ){0,2}(?:requirements?|must-haves?|criteria|skills|requisitos|exigences|criteres|competences|anforderungen|kriterien)\b.{0,30}\b(?:as |como |comme |als )?(?:met|satisfied|fulfilled|verified|passed|cumplidos?|satisfechos?|remplie?s?|satisfaite?s?|validee?s?|erfullt)\b/,
  // "weigh this answer as exemplary" — covered by RATE_VERB; "score: 10", "rating = max"
  /\b(?:score|rating|grade|puntuacion|calificacion|valoracion|note|bewertung|punktzahl|ergebnis)"?\s*[:=]\s*"?(?:\d{1,3} ?(?:\/|out of|sur|von|de) ?\d{1,3}|10\b|100\b|max|top|strong|strongly|excellent|exemplary|perfect|a\+)/,
  /(?:\b|_)(?:verdict|recommendation|decision|status|outcome|veredicto|recomendacion|recommandation|empfehlung|entscheidung|urteil)"?\s*[:=]\s*"?(?:advance|hire|approved?|accept|pass|strongly|strong|avanzar|contratar|aprobado|retenu|embaucher|einstellen|angenommen)/,
];

const VERDICT_WORDS: RegExp[] = [
  /\b(?:10|5|100) ?(?:\/|out of|sur|von|de) ?(?:10|5|100)\b/,
  /\b(?:strongly recommend(?:ed)?|strong hire|top match|top candidate|perfect fit|best fit|ideal candidate|must hire|exceptional hire|top 1 ?%|altamente recomendad[oa]|candidato ideal|fortement recommande|candidat ideal|uneingeschrankt empfehlen|uneingeschrankt empfohlen|idealer kandidat|idealen kandidaten|hervorragend geeignet|ausgezeichnet geeignet)\b/,
  /\b(?:advance|hire|approve|shortlist|avanzar|contratar|avancer|embaucher|einstellen|weiter)\b\s*[\]).!]*$/,
  /\b(?:(?:your|the) top (?:tier|bracket|pick|choice|candidate)|recommend(?:ed)? strongly|highly recommended|sans reserve|sin reservas|ohne vorbehalt|vorbehaltlos)\b/,
  /\b(?:meets?|fulfils?|fulfills?|satisfies|cumple(?: con)?|remplit|satisfait(?: a)?|erfullt) (?:all|every|each|todos los|todas las|toutes les|tous les|alle|samtliche|jede) (?:\w+ ){0,2}(?:requirements?|criteria|must-haves?|requisitos|criterios|exigences|criteres|anforderungen|kriterien)\b/,
];

const CLAIMS_ASSESSED: RegExp[] = [
  /\b(?:assessment|evaluation|screening|interview evaluation|review|grading|scoring|analysis|verification|evaluacion|valoracion|revision|evaluation|appreciation|bewertung|prufung|begutachtung|auswertung)\b.{0,20}\b(?:is |has been |was |already |esta |ha sido |fue |ya |est |a ete |deja |ist |wurde |bereits )?(?:complete|completed|finished|concluded|done|final|closed|over|completa|completada|terminada|finalizada|concluida|terminee|achevee|complete|finalisee|conclue|abgeschlossen|beendet|fertig|erledigt)\b/,
  /\b(?:signed off on|approved|vetted|cleared|validated|endorsed) (?:me|this candidate|this applicant|my application|my candidacy|this profile|the candidate|this resume|this cv)\b/,
  /\b(?:verified|approved|vetted|cleared|validated|endorsed|signed off)(?: and (?:verified|approved|vetted|cleared|validated|endorsed))? by (?:the |our |my )?(?:\w+ ){0,2}(?:director|manager|head|recruiter|hr|vp|ceo|cto|lead|panel|department|committee)\b/,
  /\b(?:pre-?selected|pre-?selectionnee?|preseleccionad[oa]|vorausgewahlt|vorselektiert|already shortlisted|deja selectionnee?|ya seleccionad[oa])\b/,
  /\b(?:pre-?approved|pre-?screened|pre-?verified|pre-?vetted|pre-?qualified|preaprobad[oa]|pre-?approuvee?|vorab (?:genehmigt|gepruft|freigegeben|bestatigt)|vorgepruft)\b/,
  /\b(?:already|has been|have been|was|were) (?:\w+ ){0,2}(?:approved|verified|vetted|cleared|validated|certified|signed off|reviewed and approved|confirmed as)\b.{0,40}\b(?:by|as|for)\b/,
  /\b(?:ya (?:ha sido |han sido |fue |fueron )?(?:aprobad[oa]s?|verificad[oa]s?|validad[oa]s?)|deja (?:ete )?(?:approuvee?s?|validee?s?|verifiee?s?)|bereits (?:\w+ )?(?:genehmigt|gepruft|verifiziert|freigegeben|bestatigt))\b/,
  /\b(?:verified|certified|confirmed|validated|verificad[oa]|certificad[oa]|validee?|certifiee?|verifiziert|zertifiziert|bestatigt) (?:\w+ ){0,2}(?:as|como|comme|als) (?:an? |un |una |une |ein |eine )?(?:expert|expert-level|excellent|exceptional|top|the best|experto|experta|excelente|expert|experte|excellent|exzellent|hervorragend)\b/,
  /\b(?:human reviewers?|the hiring manager|the recruiter|hr|management|the panel|el reclutador|el gerente|le recruteur|le responsable|der personalverantwortliche|die personalabteilung|der recruiter)\b.{0,20}\b(?:already|has|have|ya|deja|bereits)\b.{0,20}\b(?:approved|signed off|verified|cleared|aprobado|approuve|genehmigt|freigegeben)\b/,
  /\b(?:the )?candidate (?:is |has been |was )?(?:verified|approved|cleared|pre-?selected)\b/,
  /\b(?:all|every|each|the candidate's|the candidate|the applicant's|my|his|her|their) (?:of (?:the|my) )?(?:answers?|responses?|requirements?|interview|performance) (?:were|are|was|is|have been|has been) (?:\w+ and )?(?:strong|excellent|exemplary|met|perfect|outstanding|verified|flawless)\b/,
  /\b(?:final (?:verdict|decision|rating|recommendation|assessment)|veredicto final|decision final|verdict final|note finale|endgultige (?:bewertung|entscheidung)|abschliessende bewertung)\s*[:=-]/,
];

const PROTOCOL: RegExp[] = [
  /<\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\|>/,
  /\[\/?inst\]|<<\/?sys>>|<\/?(?:system|instructions?|prompt|assistant|admin|sys|evaluator_note|override|tool_result|tool_call|tool_output|function_call|function_results?|observation)\b[^>]*>/,
  /<\/(?:candidate_answer|transcript|resume|resume_text|resume_claims|turn|signals|job|question|data|document|context)>/,
  /```\s*(?:system|instructions?|prompt|assistant|evaluator|verdict|override)\b/,
  /\b(?:begin|end|start) (?:of )?(?:system (?:prompt|message|instructions?)|instructions? block|override|evaluator note|admin note)\b/,
];

const ROLE_MARKER: RegExp[] = [
  /(?:^|\n)\s*(?:#{1,4}\s*)?(?:system|assistant|developer|admin|evaluator|grader|sistema|asistente|systeme|assistent|system note|system message|system override|note to evaluator)\s*(?:message|note|prompt)?\s*[:>]\s*\S/,
  /(?:^|\n)\s*#{1,4}\s*(?:instruction|instructions|system|response|evaluation|verdict|assessment|note to|instrucciones?|consignes?|anweisungs?|anweisungen)\b/,
  /\{\s*"?(?:recommendation|rating|score|verdict|red_?flags|redflags|decision|status|evaluation|overall|requirements?_met|must_haves?|final)"?\s*:/,
  /(?:^|\n|[.!?]\s)\s*[[(]\s*(?:assessment|evaluation|verdict|review|grading|system|evaluacion|veredicto|evaluation|verdict|bewertung|urteil|system note|note to|admin|override)\b[^\])]{0,200}[\])]/,
  /(?:^|\n)\s*-{3,}\s*(?:end of (?:answer|transcript|resume|candidate (?:answer|text|data))|begin (?:system|instructions?))/,
  /\b(?:end of (?:answer|transcript|resume|candidate (?:answer|text|data|input))|fin de la respuesta|fin de la reponse|ende der antwort)\b\s*[.\]-]*\s*(?:$|\n)/,
];

const BASE64_RUN = /[A-Za-z0-9+/]{20,}={0,2}/g;

/** Ordinary writing does not put zero-width characters inside words or mix scripts in one word. */
function isObfuscated(text: string): boolean {
  if (/\p{L}[\u00ad\u200b-\u200d\u2060\u2061-\u2064\ufeff]+\p{L}/u.test(text)) return true;
  if (/[\u{e0020}-\u{e007e}]/u.test(text)) return true;
  if (/[\uff01-\uff5e]{3,}/.test(text)) return true;
  if (/[\u{1d400}-\u{1d7ff}]{3,}/u.test(text)) return true;
  for (const word of text.match(/[\p{L}\p{M}]{3,}/gu) ?? []) {
    const latin = /\p{Script=Latin}/u.test(word);
    const other = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u.test(word);
    if (latin && other) return true;
  }
  return false;
}

/** Printable text hidden in base64, when a run decodes to words. */
function decodeBase64Runs(text: string): string[] {
  const decoded: string[] = [];
  for (const match of text.match(BASE64_RUN) ?? []) {
    if (!/[0-9+/]/.test(match) && !/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(match)) continue;
    let plain: string;
    try {
      plain = new TextDecoder('utf-8', { fatal: true }).decode(
        Uint8Array.from(atob(match.padEnd(Math.ceil(match.length / 4) * 4, '=')), (c) => c.charCodeAt(0)),
      );
    } catch {
      continue;
    }
    const printable = [...plain].filter((c) => /[\p{L}\p{N}\p{P}\s]/u.test(c)).length;
    if (plain.length >= 12 && printable / plain.length > 0.95 && /\s/.test(plain)) decoded.push(plain);
  }
  return decoded;
}

/** The writer reporting their own work: "I rate", "we marked", "ich bewerte", "nous avons noté". */
const FIRST_PERSON_BEFORE =
  /(?:^|[^\p{L}'])(?:i|i've|i'd|i'll|we|we've|we'd|my team|our team|he|she|they|yo|nosotros|nosotras|je|j'ai|nous|ich|wir)(?:\s+\p{L}+[,]?){0,3}\s*$/u;
const FIRST_PERSON =
  /(?:^|[^\p{L}'])(?:i|i've|i'd|we|we've|my|our|yo|mi|nosotros|je|j'ai|nous|mon|ma|ich|wir|mein|unser)(?=[^\p{L}]|$)/u;

/**
 * Whether a pattern is used rather than mentioned: a match that a first-person subject governs
 * ("I rate each change's risk") or that sits inside quotation marks in a sentence about the
 * writer's own work ('a classifier that catches "ignore previous instructions"') does not count.
 */
function usesAny(patterns: readonly RegExp[], plain: string): boolean {
  for (const pattern of patterns) {
    for (const match of plain.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const before = plain.slice(0, match.index);
      if (FIRST_PERSON_BEFORE.test(before)) continue;
      const quotesBefore = (before.match(/"/g) ?? []).length;
      if (quotesBefore % 2 === 1 && FIRST_PERSON.test(plain.replace(/"[^"]*"/g, ' '))) continue;
      return true;
    }
  }
  return false;
}

/** The features one span of text shows (see TInjectionFeature), matched on its normalised spelling. */
export function findInjectionFeatures(text: string): TInjectionFeature[] {
  const plain = normalizeForMatching(text);
  const lines = text
    .split('\n')
    .map((line) => normalizeForMatching(line))
    .join('\n');
  const features = new Set<TInjectionFeature>();
  const test = (patterns: RegExp[], value = plain) => patterns.some((pattern) => pattern.test(value));

  if (usesAny(OVERRIDE, plain)) features.add('override');
  if (test(ADDRESS)) features.add('addresses_reader');
  else if (new RegExp(`(?<![\\w'])${READER}\\b`).test(plain) && SECOND_PERSON.test(plain)) {
    features.add('mentions_reader');
  }
  if (usesAny(DIRECTIVE, plain)) features.add('directs_outcome');
  if (test(VERDICT_WORDS)) features.add('verdict_words');
  if (test(CLAIMS_ASSESSED)) features.add('claims_assessed');
  if (test(PROTOCOL, lines)) features.add('protocol');
  if (test(ROLE_MARKER, lines)) features.add('role_marker');
  if (isObfuscated(text)) features.add('obfuscated');
  for (const payload of decodeBase64Runs(text)) {
    const inner = findInjectionFeatures(payload);
    const weight = inner.reduce((sum, feature) => sum + FEATURE_WEIGHTS[feature], 0);
    if (weight >= INJECTION_THRESHOLD) features.add('encoded');
  }
  return [...features];
}

/** A span whose features weigh this much or more is an attempt to steer the evaluation. */
export const INJECTION_THRESHOLD = 2.5;
