import { formatTimecode } from '../time'
import type { LintIssue } from './types'

/** One linted unit for reports: a text file, or one clip × locale × (script|subtitles) of a project. */
export interface ReportUnit {
  /** File path or URI the editor/CI should open. */
  file: string
  /** "clip-1 script pt-BR", shown after the position in text output. */
  label?: string
  issues: LintIssue[]
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

function where(i: LintIssue): string {
  return i.range.cueId !== undefined ? ` [cue ${i.range.cueId} @ ${formatTimecode(i.range.startMs ?? 0)}]` : ''
}

/** Compiler-style lines: file:line:col: severity message (ruleId), then the first suggestion. */
export function formatText(units: readonly ReportUnit[]): string {
  const out: string[] = []
  for (const u of units)
    for (const i of u.issues) {
      out.push(
        `${u.file}:${i.range.line}:${i.range.column}: ${i.severity} ${i.message} (${i.ruleId})${u.label ? ` — ${u.label}` : ''}${where(i)}`
      )
      if (i.suggestions[0]) out.push(`    → ${i.suggestions[0]}`)
    }
  return out.join('\n') + (out.length ? '\n' : '')
}

/** SARIF 2.1.0 (one run, the rules that fired, one result per issue). */
export function formatSarif(units: readonly ReportUnit[], toolVersion: string): object {
  const rules = new Map<
    string,
    {
      id: string
      shortDescription: { text: string }
      fullDescription: { text: string }
      helpUri?: string
      properties: { category: string }
    }
  >()
  const results: object[] = []
  for (const u of units)
    for (const i of u.issues) {
      if (!rules.has(i.ruleId))
        rules.set(i.ruleId, {
          id: i.ruleId,
          shortDescription: { text: i.ruleId },
          fullDescription: { text: i.explanation },
          ...(i.url ? { helpUri: i.url } : {}),
          properties: { category: i.category }
        })
      results.push({
        ruleId: i.ruleId,
        level: SARIF_LEVEL[i.severity],
        message: { text: `${i.message} ${i.suggestions[0] ? `Try: ${i.suggestions[0]}` : ''}`.trim() },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: u.file },
              region: {
                startLine: i.range.line,
                startColumn: i.range.column,
                endColumn: i.range.column + (i.range.end - i.range.start),
                charOffset: i.range.start,
                charLength: i.range.end - i.range.start
              }
            },
            ...(u.label || i.range.cueId
              ? {
                  logicalLocations: [
                    {
                      name: [u.label, i.range.cueId && `cue ${i.range.cueId}`].filter(Boolean).join(' '),
                      kind: 'member'
                    }
                  ]
                }
              : {})
          }
        ],
        properties: {
          category: i.category,
          depicted: i.depicted,
          suggestions: i.suggestions,
          explanation: i.explanation,
          ...(i.context ? { context: i.context } : {}),
          ...(i.range.startMs !== undefined ? { startMs: i.range.startMs } : {})
        }
      })
    }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kindframe-lint',
            version: toolVersion,
            informationUri: 'https://github.com/kindframe/kindframe/blob/main/docs/lint.md',
            rules: [...rules.values()]
          }
        },
        results
      }
    ]
  }
}
