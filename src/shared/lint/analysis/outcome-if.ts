import type { Layout } from './frames'
import { setsByLocale, THREAT_CONDITION } from './closed-class'
import { HURTABLE, type GrammarHit, type Referent } from './referents'

/**
 * "Say that again and see what happens", "If he shows up, he won't make it home", "Ngomong lagi, lo
 * masuk rumah sakit", "Subukan mo ulit, di ka na makakauwi": a harm that will befall someone, said in
 * a sentence that sets a condition ("if", "again", "one more", "try", "keep"), is a threat. The same
 * words without the condition are news or worry ("let's see what happens", "she got hurt"), so they
 * live here rather than in the lexicons, which have no way to ask for the condition.
 */
const OUTCOMES: Record<string, string[]> = {
  en: [
    'see what happens to',
    'watch what happens to',
    'end up in the hospital',
    'end up in hospital',
    'end up in a wheelchair',
    'wake up in the hospital',
    'leave in an ambulance',
    'eating through a straw',
    'won t be walking',
    'won t be talking',
    'won t be safe',
    'will not be safe',
    'won t make it home',
    'won t make it out',
    'won t make it to',
    'not gonna make it home',
    'not going to make it home',
    'getting hurt',
    'gonna get hurt',
    'going to get hurt',
    'will get hurt',
    'll get hurt',
    'll regret it',
    'it s over for',
    'its over for',
    'last thing you do',
    'last thing you ll ever do',
    'lose some teeth',
    'lose your teeth',
    'won t have teeth',
    'won t have any teeth'
  ],
  'es-MX': [
    'vas a ver lo que te pasa',
    'ya veras lo que te pasa',
    'a ver que te pasa',
    'te va a ir mal',
    'te va a ir muy mal',
    'le va a ir mal',
    'le va a ir muy mal',
    'no la cuentas',
    'no lo cuentas',
    'no vas a salir vivo',
    'no sales vivo'
  ],
  'pt-BR': [
    'pra ver o que acontece',
    'para ver o que acontece',
    'vai ver o que acontece',
    'vai se dar mal',
    'nao respondo por mim',
    'vai sair machucado',
    'vai sair machucada',
    'nao sai vivo',
    'nao sai inteiro',
    'pra ver se sai inteiro',
    'pra ver se volta inteiro'
  ],
  id: [
    'masuk rumah sakit',
    'masuk rs',
    'pulang tinggal nama',
    'tinggal nama',
    'gak bakal bisa jalan',
    'nggak bakal bisa jalan',
    'ga bakal bisa jalan',
    'tunggu aja di parkiran',
    'gue tunggu di parkiran',
    'rontok semua'
  ],
  ms: [
    'masuk hospital',
    'takkan boleh jalan',
    'tak boleh jalan',
    'jangan harap balik',
    'jangan harap boleh balik',
    'tengok la apa jadi',
    'balik tinggal nama',
    'siap la kau',
    'nahas kau'
  ],
  fil: [
    'di ka na makakalakad',
    'hindi ka na makakalakad',
    'di ka na makakauwi',
    'hindi ka na makakauwi',
    'di ka na aabot',
    'hindi ka na aabot',
    'di ka na sisikatan ng araw',
    'wala kang ngipin',
    'sa ospital ka pupulutin',
    'sa ospital ka na',
    'makikita mo ang mangyayari',
    'alam mo na mangyayari',
    'alam mo na ang mangyayari',
    'di mo magugustuhan',
    'hindi mo magugustuhan'
  ]
}

/** What makes it a condition besides "if": "again", "one more", a dare, "keep …-ing". */
const CUES: Record<string, string[]> = {
  en: 'again more try dare keep'.split(' '),
  'es-MX': 'otra vez nuevo vuelves vuelve vuelvo atrevete sigue sigues'.split(' '),
  'pt-BR': 'novo outra mais ousa tenta continua'.split(' '),
  id: 'lagi coba berani terus'.split(' '),
  ms: 'lagi cuba berani'.split(' '),
  fil: 'ulit inulit subukan sige'.split(' ')
}
const CUE_SETS = setsByLocale(CUES)
/** Each locale's outcomes as token lists, by first word (a line is scanned once, not once per phrase). */
const OUTCOME_TOKENS: Record<string, Map<string, string[][]>> = Object.fromEntries(
  Object.entries(OUTCOMES).map(([locale, list]) => {
    const byFirst = new Map<string, string[][]>()
    for (const p of list) {
      const words = p.split(' ')
      byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words])
    }
    return [locale, byFirst]
  })
)
/** Dares that open a sentence: "berani …", "coba …", "subukan mo …", "try …", "atrévete …". */
const DARES = new Set('berani coba cuba subukan try dare atrevete ousa'.split(' '))

/** Outcomes whose victim is named right after them ("it's over for him", "see what happens to you"). */
const TARGET_AFTER = new Set(['it s over for', 'its over for', 'see what happens to', 'watch what happens to'])

/** Negators that undo an outcome which has none of its own ("you won't get hurt"). */
const UNDO = new Set('not never won wont don dont nao no tak tidak gak nggak ga hindi di'.split(' '))

export function findConditionalOutcomes(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const outcomes = OUTCOME_TOKENS[locale]
  const cues = CUE_SETS.get(locale)
  if (!outcomes || !cues) return []
  const { tokens, sentence, clause } = layout
  // a body part no one owns ("kalau demamnya tinggi") names no victim
  const bare = new Set(layout.mentions.filter((m) => m.role === 'part').map((m) => m.first))
  // someone whose thing the sentence names is named too ("nilai lo", "your grades")
  const victims = refs
    .map((r) => (r.kind === 'thing' && r.owner && HURTABLE.has(r.owner) ? { ...r, kind: r.owner } : r))
    .filter((r) => HURTABLE.has(r.kind) && !(r.kind === 'person' && bare.has(r.index)))
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    for (const phrase of outcomes.get(tokens[k].norm) ?? []) {
      if (k + phrase.length > tokens.length) continue
      if (!phrase.every((w, i) => tokens[k + i].norm === w)) continue
      const last = k + phrase.length - 1
      const s = sentence[k]
      // the condition comes first: a cue word before the outcome, in the same sentence
      let conditioned = false
      for (let j = k - 1; j >= 0 && sentence[j] === s; j--)
        if (THREAT_CONDITION.has(tokens[j].norm) || cues.has(tokens[j].norm)) conditioned = true
      if (!conditioned) continue
      if (!UNDO.has(phrase[0]) && k > 0 && clause[k - 1] === clause[k] && UNDO.has(tokens[k - 1].norm)) continue
      // who it befalls: whoever follows "over for" / "happens to"; else someone named in it, the
      // subject of its clause, or someone the sentence named before (none named: no threat)
      const target = TARGET_AFTER.has(phrase.join(' '))
        ? refs.find((r) => r.index > last && r.index <= last + 2)
        : (victims.find((r) => r.index >= k && r.index <= last) ??
          victims.filter((r) => r.index < k && sentence[r.index] === s).at(-1))
      // a sentence that opens with a dare ("Berani injak kampung ini, …") dares the one addressed
      const start = tokens.findIndex((_, j) => sentence[j] === s)
      const dared = DARES.has(tokens[start].norm)
        ? ({ kind: 'second', index: k, clause: clause[k] } as const)
        : undefined
      const victim = target ?? dared
      if (!victim || !HURTABLE.has(victim.kind)) continue
      out.push({ first: Math.min(k, victim.index), last, target: victim })
      k = last
      break
    }
  }
  return out
}
