/** Debug view of the sentence analysis: npx tsx scripts/lint-eval/explain.ts [locale|]text… */
import { analysisOf } from '../../src/shared/lint/analysis-of'

for (const arg of process.argv.slice(2)) {
  const [locale, text] = arg.includes('|') ? arg.split('|') : ['en', arg]
  const a = analysisOf(text, locale)
  if (!a) {
    console.log(`${locale}: no lexicon`)
    continue
  }
  const tokens = a.layout.tokens
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
