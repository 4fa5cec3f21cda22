/** Debug view of the sentence analysis: npx tsx scripts/lint-eval/explain.ts [locale|]text… */
import { tokenize } from '../../src/shared/lint/tokenize'
import { boundaries, quoteRanges } from '../../src/shared/lint/context'
import { getLexicon } from '../../src/shared/lint/analysis/lexicon'
import { prepareTokens } from '../../src/shared/lint/analysis/prepare-tokens'
import { analyze } from '../../src/shared/lint/analysis/analyze'
import { getPack } from '../../src/shared/lint/compile'
import { PhraseTrie } from '../../src/shared/lint/trie'

for (const arg of process.argv.slice(2)) {
  const [locale, text] = arg.includes('|') ? arg.split('|') : ['en', arg]
  const lex = getLexicon(locale)
  const pack = getPack(locale)!
  const tokens = prepareTokens(tokenize(text, new Set(lex.spell.hot)), lex, text)
  const b = boundaries(text, tokens)
  const a = analyze({
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
      counterPhrases: [lex.counter]
    }
  })
  console.log(`\n${locale}: ${text}`)
  console.log('  tokens:', tokens.map((t) => t.norm + (t.forms.length ? `{${t.forms.join('/')}}` : '')).join(' '))
  console.log(
    '  mentions:',
    a.mentions
      .map(
        (m) =>
          `${tokens
            .slice(m.first, m.last + 1)
            .map((t) => t.norm)
            .join(' ')}=${m.role}${m.kind ? ':' + m.kind : ''}`
      )
      .join(', ')
  )
  console.log('  referents:', a.referents.map((r) => `${tokens[r.index].norm}=${r.kind}@c${r.clause}`).join(', '))
  console.log('  findings:', a.findings.map((f) => `${f.kind}→${f.target} [${f.frames.join(',')}]`).join(', ') || '-')
}
