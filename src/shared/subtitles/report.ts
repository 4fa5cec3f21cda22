/**
 * What a parser did with a file: every line it skipped, repaired or wants the user to know about.
 * Parsers never throw on malformed content; they return cues + this report. `line` is 1-based in the
 * decoded text (0 = the whole file, e.g. an encoding note).
 */
export type ReportKind = 'skipped' | 'repaired' | 'warning'

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

/** "line 12: skipped: …" lines for the CLI and logs. */
export function formatReport(report: ParseReport, fileLabel = ''): string[] {
  const prefix = fileLabel ? `${fileLabel}:` : 'line '
  const lines = report.entries.map((e) => `${e.line > 0 ? `${prefix}${e.line}` : fileLabel || 'file'}: ${e.kind}: ${e.message}`)
  if (report.truncated > 0) lines.push(`… and ${report.truncated} more report entries`)
  return lines
}
