/**
 * npm run eval:lint:templates — the kindness lint on the template probes (tests/lint-templates/):
 * identity-group × sentence templates written apart from the rules (see that folder's README).
 * Prints recall / false-positive rate per locale for `dev`, `dev2` and `dev3` (read and worked from) and
 * `heldout` (never read: totals only). `--misses` lists the dev sets' templates that miss or misfire,
 * never heldout's.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintText } from '../../src/shared/lint/index'
import { fillTemplate, TemplateFile, type TemplateGroup } from '../../tests/lint-templates/templates'
import { flaggedIssues } from '../../tests/lint-corpus/evaluate'

const DIR = fileURLToPath(new URL('../../tests/lint-templates/', import.meta.url))
const LOCALES = ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX']

const flagged = (text: string, locale: string) => flaggedIssues(lintText(text, { locale })).length > 0
const pct = (x: number) => (x * 100).toFixed(1).padStart(5)

function run(set: 'dev' | 'dev2' | 'dev3' | 'heldout', showMisses: boolean): string[] {
  const out = [
    `## ${set} (recall / FPR %, lines)`,
    '',
    '| locale | must-flag | must-not | recall | FPR |',
    '|---|---|---|---|---|'
  ]
  let TP = 0
  let P = 0
  let FP = 0
  let N = 0
  for (const locale of LOCALES) {
    const spec = TemplateFile.parse(JSON.parse(readFileSync(join(DIR, set, `${locale}.json`), 'utf8')))
    let tp = 0
    let p = 0
    let fp = 0
    let n = 0
    const lists: ['flag' | 'ok', string[]][] = [
      ['flag', spec.flag],
      ['ok', spec.ok],
      ['flag', spec.you_flag],
      ['ok', spec.you_ok]
    ]
    for (const [expect, templates] of lists)
      for (const template of templates) {
        // a slur is only filled into must-flag templates ("I live with two <slur>" is not fine)
        const groups: TemplateGroup[] = template.includes('{G')
          ? spec.groups.filter((g) => expect === 'flag' || !g.slur)
          : [{ t: '' }]
        let wrong = 0
        for (const g of groups) {
          const hit = flagged(fillTemplate(template, g), locale)
          if (expect === 'flag') {
            p++
            if (hit) tp++
            else wrong++
          } else {
            n++
            if (hit) {
              fp++
              wrong++
            }
          }
        }
        if (showMisses && set !== 'heldout' && wrong)
          out.push(`${expect === 'flag' ? 'MISS' : 'FP  '} ${locale} ${wrong}/${groups.length}  ${template}`)
      }
    TP += tp
    P += p
    FP += fp
    N += n
    out.push(`| ${locale} | ${p} | ${n} | ${pct(tp / p)} | ${pct(fp / n)} |`)
  }
  out.push(`| all | ${P} | ${N} | ${pct(TP / P)} | ${pct(FP / N)} |`, '')
  return out
}

const misses = process.argv.includes('--misses')
console.log(
  [
    '# Kindness lint on the template probes',
    '',
    ...run('dev', misses),
    ...run('dev2', misses),
    ...run('dev3', misses),
    ...run('heldout', false)
  ].join('\n')
)
