/**
 * The import report: what a reader did with a file, one entry per line it DROPPED (content not kept as a
 * cue: unusable lines, cues with broken or backwards timing, ignored settings), REPAIRED (read after a
 * fix the file needed: a comma for a full stop, a missing number, sorted cues) or GUESSED (read one way
 * where readers disagree or the intent is unclear: an encoding, a two-digit fraction). Readers never
 * throw on content; every command (convert, qc, lint) and the studio show this same report.
 * `line` is 1-based in the decoded text (0 = the whole file, e.g. an encoding note).
 */
export type ReportKind = 'dropped' | 'repaired' | 'guessed'

export interface ReportEntry {
  line: number
  kind: ReportKind
  message: string
}

export interface ParseReport {
  entries: ReportEntry[]
  /** Cues kept. */
  cueCount: number
  /** Entries beyond this many are counted, not stored, so a garbage 50 MB file can't blow up memory. */
  truncated: number
}

export const MAX_REPORT_ENTRIES = 1000

export class ReportBuilder {
  readonly entries: ReportEntry[] = []
  truncated = 0
  add(line: number, kind: ReportKind, message: string): void {
    if (this.entries.length < MAX_REPORT_ENTRIES) this.entries.push({ line, kind, message })
    else this.truncated++
  }
  build(cueCount: number): ParseReport {
    // Stable sort: entries come from several passes (reading, timing checks, ordering) but read best in line order.
    const entries = this.entries.slice().sort((a, b) => a.line - b.line)
    return { entries, cueCount, truncated: this.truncated }
  }
}

/** Entries per kind (for one-line summaries). */
export function countReport(report: ParseReport): Record<ReportKind, number> {
  const counts: Record<ReportKind, number> = { dropped: 0, repaired: 0, guessed: 0 }
  for (const e of report.entries) counts[e.kind]++
  return counts
}

/** "file:12: dropped: …" lines for the CLI and logs. */
export function formatReport(report: ParseReport, fileLabel = ''): string[] {
  const prefix = fileLabel ? `${fileLabel}:` : 'line '
  const lines = report.entries.map(
    (e) => `${e.line > 0 ? `${prefix}${e.line}` : fileLabel || 'file'}: ${e.kind}: ${e.message}`
  )
  if (report.truncated > 0) lines.push(`… and ${report.truncated} more report entries`)
  return lines
}

/** "3 dropped, 8 repaired, 1 guessed" (the counts include entries past the stored limit only in `truncated`). */
export function summarizeReport(report: ParseReport): string {
  const c = countReport(report)
  return `${c.dropped} dropped, ${c.repaired} repaired, ${c.guessed} guessed${report.truncated ? ` (+${report.truncated} more)` : ''}`
}
