import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { lintText, type LintIssue } from '../../src/shared/lint/index'

export interface CorpusLine {
  locale: string
  expect: 'flag' | 'ok'
  category: string
  kind: string
  text: string
  where: string
}

const DIR = fileURLToPath(new URL('.', import.meta.url))

/** Reads every <locale>.tsv in tests/lint-corpus. */
export function loadCorpus(): CorpusLine[] {
  const out: CorpusLine[] = []
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const locale = file.replace(/\.tsv$/, '')
    readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim() || line.startsWith('#')) return
        const [expect, category, kind, ...rest] = line.split('\t')
        if ((expect !== 'flag' && expect !== 'ok') || !rest.length)
          throw new Error(`${file}:${i + 1}: malformed corpus line`)
        out.push({
          locale,
          expect,
          category,
          kind,
          text: rest.join('\t').replace(/\\n/g, '\n'),
          where: `${file}:${i + 1}`
        })
      })
  }
  return out
}

/** A line counts as flagged when it has a warning or error (the document-level depiction check aside). */
export function flaggedIssues(issues: LintIssue[]): LintIssue[] {
  return issues.filter((i) => i.severity !== 'info' && i.ruleId !== 'kind/depiction/no-counter-message')
}

export interface Score {
  mustFlag: number
  caught: number
  ok: number
  falsePositives: number
  categoryHits: number
  recall: number
  precision: number
  fpr: number
}

function score(rows: { line: CorpusLine; flagged: boolean; categoryHit: boolean }[]): Score {
  const mustFlag = rows.filter((r) => r.line.expect === 'flag')
  const ok = rows.filter((r) => r.line.expect === 'ok')
  const caught = mustFlag.filter((r) => r.flagged).length
  const fp = ok.filter((r) => r.flagged).length
  return {
    mustFlag: mustFlag.length,
    caught,
    ok: ok.length,
    falsePositives: fp,
    categoryHits: mustFlag.filter((r) => r.categoryHit).length,
    recall: mustFlag.length ? caught / mustFlag.length : 1,
    precision: caught + fp ? caught / (caught + fp) : 1,
    fpr: ok.length ? fp / ok.length : 0
  }
}

export interface Evaluation {
  byLocale: Record<string, Score>
  byCategory: Record<string, Score>
  byKind: Record<string, Score>
  total: Score
  /** Of the lines where the lint reported category C (warning/error), the share labelled C. */
  categoryPrecision: Record<string, { reported: number; correct: number; precision: number }>
  misses: CorpusLine[]
  falsePositives: { line: CorpusLine; issues: LintIssue[] }[]
}

export type Judge = (line: CorpusLine) => { flagged: boolean; categories: string[]; issues?: LintIssue[] }

export const kindframeJudge: Judge = (line) => {
  const issues = flaggedIssues(lintText(line.text, { locale: line.locale }))
  return { flagged: issues.length > 0, categories: issues.map((i) => i.category), issues }
}

export function evaluate(lines: CorpusLine[], judge: Judge = kindframeJudge): Evaluation {
  const rows = lines.map((line) => {
    const r = judge(line)
    return {
      line,
      flagged: r.flagged,
      categories: r.categories,
      categoryHit: r.categories.includes(line.category),
      issues: r.issues ?? []
    }
  })
  const categoryPrecision: Evaluation['categoryPrecision'] = {}
  for (const r of rows)
    for (const c of new Set(r.categories)) {
      const p = (categoryPrecision[c] ??= { reported: 0, correct: 0, precision: 0 })
      p.reported++
      if (r.line.expect === 'flag' && r.line.category === c) p.correct++
    }
  for (const p of Object.values(categoryPrecision)) p.precision = p.correct / p.reported
  const group = (key: (l: CorpusLine) => string) => {
    const groups: Record<string, typeof rows> = {}
    for (const r of rows) (groups[key(r.line)] ??= []).push(r)
    return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, score(v)]))
  }
  return {
    byLocale: group((l) => l.locale),
    byCategory: group((l) => (l.expect === 'flag' ? l.category : `ok:${l.kind}`)),
    byKind: group((l) => l.kind),
    total: score(rows),
    categoryPrecision,
    misses: rows.filter((r) => r.line.expect === 'flag' && !r.flagged).map((r) => r.line),
    falsePositives: rows
      .filter((r) => r.line.expect === 'ok' && r.flagged)
      .map((r) => ({ line: r.line, issues: r.issues }))
  }
}
