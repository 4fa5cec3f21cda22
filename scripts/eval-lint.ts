/**
 * npm run eval:lint — precision, recall and false-positive rate of the kindness lint on the labelled
 * corpus (tests/lint-corpus), per locale and per category, with alex (a devDependency, reference only)
 * scored on the English part side by side. Targets: recall ≥ 0.90 on must-flag lines, FPR ≤ 0.05.
 */
import { text as alexText } from 'alex'
import { evaluate, loadCorpus, type Judge, type Score } from '../tests/lint-corpus/evaluate'
import { lintText } from '../src/shared/lint/index'

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%'
const dash = '     -'
const row = (name: string, s: Score) =>
  `${name.padEnd(22)} ${String(s.mustFlag).padStart(4)} ${s.mustFlag ? pct(s.recall) : dash} ${s.mustFlag ? pct(s.precision) : dash} ${String(s.ok).padStart(4)} ${s.ok ? pct(s.fpr) : dash}  ${s.mustFlag ? pct(s.categoryHits / s.mustFlag) : dash}`
const header = `${''.padEnd(22)} flag recall precis   ok   FPR  category`

const corpus = loadCorpus()
const ours = evaluate(corpus)
const out: string[] = []
out.push(`Kindness lint on ${corpus.length} labelled lines\n`, header)
for (const [k, s] of Object.entries(ours.byLocale)) out.push(row(k, s))
out.push(row('ALL', ours.total), '', 'By expected category (must-flag) / by kind of ok line:', header)
for (const [k, s] of Object.entries(ours.byCategory).sort()) out.push(row(k, s))
out.push('', 'Category precision (lines where the lint reported the category, share labelled with it):')
for (const [k, p] of Object.entries(ours.categoryPrecision).sort()) out.push(`${k.padEnd(22)} ${String(p.reported).padStart(4)} reported ${pct(p.precision)}`)

// Errors only: the brief's bar for ok lines is "not flagged as errors"; warnings also count above.
const errorsOnly: Judge = (line) => {
  const issues = lintText(line.text, { locale: line.locale }).filter((i) => i.severity === 'error')
  return { flagged: issues.length > 0, categories: issues.map((i) => i.category) }
}
const strictErrors = evaluate(corpus.filter((l) => l.expect === 'ok'), errorsOnly)
out.push('', `FPR counting errors only (ok lines with an error): ${pct(strictErrors.total.fpr)}`)

const english = corpus.filter((l) => l.locale === 'en')
const alexJudge: Judge = (line) => {
  const messages = alexText(line.text).messages
  return { flagged: messages.length > 0, categories: [] }
}
const alexScore = evaluate(english, alexJudge)
const oursEn = ours.byLocale.en
out.push('', 'English, side by side (alex default config; it also flags he/she pronouns):', `${''.padEnd(22)} recall precis   FPR`)
out.push(`${'kindframe'.padEnd(22)} ${pct(oursEn.recall)} ${pct(oursEn.precision)} ${pct(oursEn.fpr)}`)
out.push(`${'alex'.padEnd(22)} ${pct(alexScore.total.recall)} ${pct(alexScore.total.precision)} ${pct(alexScore.total.fpr)}`)

out.push('', `Missed must-flag lines (${ours.misses.length}):`)
for (const m of ours.misses) out.push(`  ${m.where} [${m.category}] ${m.text.replace(/\n/g, ' / ')}`)
out.push('', `False positives (${ours.falsePositives.length}):`)
for (const f of ours.falsePositives) out.push(`  ${f.line.where} [${f.line.kind}] ${f.line.text.replace(/\n/g, ' / ')} → ${f.issues.map((i) => `${i.ruleId} ${i.severity}`).join(', ')}`)

const pass = ours.total.recall >= 0.9 && ours.total.fpr <= 0.05
out.push('', `Targets: recall ≥ 90% (${pct(ours.total.recall)}), FPR ≤ 5% (${pct(ours.total.fpr)}): ${pass ? 'MET' : 'NOT MET'}`)
console.log(out.join('\n'))
process.exitCode = pass ? 0 : 1
