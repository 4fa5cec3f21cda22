/** Quick look at what the lint says: npx tsx scripts/lint-eval/try.ts "[locale|]text" … */
import { lintText } from '../../src/shared/lint/index'
const lines = process.argv.slice(2)
for (const l of lines) {
  const [loc, text] = l.includes('|') ? l.split('|') : ['en', l]
  const issues = lintText(text, { locale: loc })
  console.log(
    JSON.stringify(text),
    '=>',
    issues
      .map((i) => `${i.ruleId}:${i.severity}[${i.actual}]${i.context ? '(' + i.context.join(',') + ')' : ''}`)
      .join('  ') || '-'
  )
}
