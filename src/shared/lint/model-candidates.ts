import type { Model } from './classifier/model'
import { scoreText } from './classifier/model'
import type { Analysis } from './analysis/analyze'
import type { CompiledLexicon } from './analysis/lexicon'
import type { Candidate } from './candidates'

/** Honest wording for a flag only the real-text model raised, in the model's locales. */
const MODEL_ONLY: Record<string, string> = {
  en: 'Only the statistical model flagged this (no rule matched): it reads like posts people labelled abusive. Re-read it; it may be fine.',
  'pt-BR':
    'Só o modelo estatístico marcou isto (nenhuma regra correspondeu): parece com postagens que pessoas rotularam como ofensivas. Releia; pode estar tudo bem.'
}

/**
 * The lint asks more of the model than its own threshold: the en training data (Davidson et al.)
 * sampled its "neither" class with a hate lexicon, so everyday friendly lines score around 0.4. On the
 * en dev split 0.7 keeps balanced precision 0.95 at recall 0.93 (the model card lists 0.5–0.9).
 */
const SECOND_OPINION_FLOOR = 0.7

export const secondOpinionThreshold = (model: Model) => Math.max(model.threshold, SECOND_OPINION_FLOOR)

/**
 * The statistical second opinion: a sentence no rule flagged, that is about a person or group and
 * has no frame that changes its meaning (negation, reported speech, counter-speech, hypothetical),
 * is a warning when the model scores it above its threshold. Never an error.
 */
export function modelCandidates(
  model: Model,
  analysis: Analysis,
  lex: CompiledLexicon,
  text: string,
  found: readonly Candidate[]
): Candidate[] {
  return secondOpinion(
    analysis,
    lex,
    (s, first, last) => {
      if (!sentenceQualifies(analysis, s, first, last, found)) return false
      return scoreText(model, sentenceText(analysis, text, first, last)) >= secondOpinionThreshold(model)
    },
    MODEL_ONLY
  )
}

const sentenceText = (a: Analysis, text: string, first: number, last: number) =>
  text.slice(a.layout.tokens[first].start, a.layout.tokens[last].end)

/** One warning per sentence the model flags (`flags` decides), worded with the locale's text. */
function secondOpinion(
  analysis: Analysis,
  lex: CompiledLexicon,
  flags: (sentence: number, first: number, last: number) => boolean,
  explanations: Record<string, string>
): Candidate[] {
  const { tokens, sentence } = analysis.layout
  const out: Candidate[] = []
  let first = 0
  while (first < tokens.length) {
    const s = sentence[first]
    let last = first
    while (last + 1 < tokens.length && sentence[last + 1] === s) last++
    if (flags(s, first, last))
      out.push({
        ruleId: `kind/model/${lex.locale}`,
        category: 'insult',
        origin: 'analysis',
        first,
        last,
        rank: 1,
        flags: ['model', 'targeted'],
        suggestions: lex.kinder.insult ?? ['Say what happened or how you feel, without judging the person.'],
        explanation: explanations[lex.locale] ?? explanations.en
      })
    first = last + 1
  }
  return out
}

/** Not already flagged, and no frame in the sentence that changes its meaning. */
function unjudged(a: Analysis, s: number, first: number, last: number, found: readonly Candidate[]): boolean {
  if (found.some((c) => c.first <= last && c.last >= first)) return false
  if (a.frames.counterSentences.has(s)) return false
  if (
    anyWithin(a.frames.negators, first, last) ||
    anyWithin(a.frames.reports, first, last) ||
    anyWithin(a.frames.hypotheticals, first, last)
  )
    return false
  // the analysis placed the words and framed them ("Why do people hate …?"): judged already
  return !a.findings.some((f) => f.frames.length > 0 && f.first >= first && f.last <= last)
}

/** Whether any index lies in [first, last] (a function, not a closure: this runs for every sentence). */
function anyWithin(indexes: readonly number[], first: number, last: number): boolean {
  for (const k of indexes) if (k >= first && k <= last) return true
  return false
}

/**
 * The model is asked about sentences with lexical evidence the rules could not place: a predicate,
 * slur or profanity whose target the analysis did not find. A sentence the rules already judged
 * (flagged, or shown with a reason such as "about a thing"), a framed sentence, or one with no
 * hot word at all ("Sending you a hug") is not its business.
 */
function sentenceQualifies(a: Analysis, s: number, first: number, last: number, found: readonly Candidate[]): boolean {
  if (!unjudged(a, s, first, last, found)) return false
  const inSentence = (k: number) => k >= first && k <= last
  if (a.referents.some((r) => inSentence(r.index) && (r.kind === 'first' || r.kind === 'thing'))) return false
  return a.mentions.some((m) => inSentence(m.first) && HOT.has(m.role))
}

const HOT = new Set(['predicate', 'slur', 'profanity'])

/** Honest wording for a flag only the functional model raised, per locale. */
const FUNCTIONAL_ONLY: Record<string, string> = {
  en: 'No rule matched; only the statistical model flagged this: it reads like lines the project labelled unkind to a person or group. Re-read it; it may be fine.',
  ms: 'Tiada peraturan yang sepadan; hanya model statistik menandakan ayat ini: ia mirip ayat yang dilabel tidak baik terhadap seseorang atau kumpulan. Baca semula; mungkin tiada masalah.',
  id: 'Tidak ada aturan yang cocok; hanya model statistik yang menandai ini: mirip kalimat yang dilabeli tidak baik terhadap seseorang atau kelompok. Baca lagi; mungkin tidak apa-apa.',
  fil: 'Walang tugmang tuntunin; ang statistical model lang ang nag-flag nito: kahawig ito ng mga linyang minarkahang hindi mabait sa isang tao o grupo. Basahin ulit; baka ayos lang.',
  'pt-BR':
    'Nenhuma regra correspondeu; só o modelo estatístico marcou isto: parece com frases rotuladas como cruéis com uma pessoa ou grupo. Releia; pode estar tudo bem.',
  'es-MX':
    'Ninguna regla coincidió; solo el modelo estadístico marcó esto: se parece a frases etiquetadas como crueles con una persona o un grupo. Reléela; puede estar bien.'
}

/**
 * The functional second opinion (trained on the project's own suites): asked about a sentence the
 * rules and the analysis left unflagged, that no frame changes (negation, reported speech,
 * counter-speech, hypothetical), and that is not only about the speaker or a thing. A warning when
 * it scores at or above its threshold; never an error.
 */
export function functionalCandidates(
  model: Model,
  analysis: Analysis,
  lex: CompiledLexicon,
  text: string,
  found: readonly Candidate[]
): Candidate[] {
  return secondOpinion(
    analysis,
    lex,
    (s, first, last) => {
      const sentence = sentenceText(analysis, text, first, last)
      return unframed(analysis, s, first, last, found, sentence) && scoreText(model, sentence) >= model.threshold
    },
    FUNCTIONAL_ONLY
  )
}

function unframed(
  a: Analysis,
  s: number,
  first: number,
  last: number,
  found: readonly Candidate[],
  sentence: string
): boolean {
  if (!unjudged(a, s, first, last, found)) return false
  const inSentence = (k: number) => k >= first && k <= last
  // too short to judge ("Tú importas"), or with praise in it ("Sé amable con todos")
  if (last - first < 3) return false
  if (a.layout.mentions.some((m) => m.role === 'positive' && inSentence(m.first))) return false
  // only about the speaker or a thing ("I'm so done with this game"): not the model's business
  const refs = a.referents.filter((r) => inSentence(r.index))
  if (refs.length > 0 && refs.every((r) => r.kind === 'first' || r.kind === 'thing')) return false
  // With no one addressed and no word the lexicon finds unkind, a sentence about someone is a story
  // ("She almost gave up", "two friends walked with him") and one about a group a neutral mention
  // ("Mulheres são metade do time"; n-gram models learn group names as a sign of hate): neither is
  // the model's to judge
  // a predicate word standing as the group's name ("amo a los gordos") is no unkind word here
  const hot = a.layout.mentions.some(
    (m) => inSentence(m.first) && HOT.has(m.role) && !(m.alt && refs.some((r) => r.index === m.first))
  )
  const addressed = refs.some((r) => r.kind === 'second')
  // laughter or an eye-roll about someone named ("Check out Dylan's dancing 🤣") is the model's to judge
  const mocked = refs.some((r) => r.kind !== 'first' && r.kind !== 'thing') && MOCKING.test(sentence)
  return hot || addressed || mocked
}

/** Laughter and eye-roll marks in the six markets' comments. */
const MOCKING = /[😂🤣🙄🤡💀😹😆]|\b(lol|lmao|lmfao|kkk+|ja(ja)+|je(je)+|wk(wk)+|ha(ha)+|he(he)+|xd)\b/iu
