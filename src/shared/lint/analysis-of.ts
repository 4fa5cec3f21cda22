import { tokenize } from './tokenize'
import { boundaries, quoteRanges } from './context'
import { getLexicon } from './analysis/lexicon'
import { prepareTokens } from './analysis/prepare-tokens'
import { analyze, type Analysis } from './analysis/analyze'
import { getPack } from './compile'
import { PhraseTrie } from './trie'
import { PHRASE_FILLERS } from './analysis/closed-class'
import { isFillerOpener } from './analysis/mentions'

/**
 * The sentence analysis of one text, outside the lint pipeline: for the debugging view
 * (scripts/lint-eval/explain.ts) and for training the functional model on what the lint sees.
 * Null for a locale with no lexicon or rule pack.
 */
export function analysisOf(text: string, locale: string): Analysis | null {
  const lex = getLexicon(locale)
  const pack = getPack(locale)
  if (!lex || !pack) return null
  // the lint's own vocabulary for spaced and masked spellings (engine.ts)
  const vocabulary = new Set([...(pack.vocabulary ?? []), ...lex.spell.targets])
  const tokens = prepareTokens(tokenize(text, vocabulary), lex, text)
  const b = boundaries(text, tokens)
  return analyze({
    tokens,
    text,
    sentence: b.sentence,
    clause: b.clause,
    quotes: quoteRanges(text),
    lex,
    frameData: {
      negators: pack.negators,
      notNegating: pack.notNegating ?? new PhraseTrie(),
      mentionVerbs: pack.mentionVerbs,
      counterPhrases: [lex.counter],
      fillers: PHRASE_FILLERS[lex.locale],
      fillerOpener: (w: string) => isFillerOpener(lex, w)
    }
  })
}
