import { handoffUnits, maxLengthNote } from './handoff-units'
import { encodeIdentity } from './identity'
import type { XliffExportInput } from './write-xliff'

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'speaker',
  'source',
  'target',
  'status',
  'max_length',
  'locale',
  'kindframe_file'
] as const

/**
 * CSV for spreadsheets (RFC 4180: CRLF rows, fields quoted when needed, quotes doubled). Starts with a
 * UTF-8 BOM because Excel otherwise opens UTF-8 CSV as a legacy code page and mangles every accent.
 */
export function exportCsv(input: XliffExportInput): string {
  const file = encodeIdentity(input.identity)
  const rows = [CSV_COLUMNS.join(',')]
  for (const u of handoffUnits(input.track, input.targetLocale)) {
    const timing = u.timing.split(' --> ')
    rows.push(
      [
        u.id,
        timing[0],
        timing[1],
        u.speaker ?? '',
        u.source,
        u.target,
        u.status,
        maxLengthNote(input.limits),
        input.targetLocale,
        file
      ]
        .map(csvField)
        .join(',')
    )
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n'
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(`line ${line}: ${message}`)
  }
}

/** RFC 4180 reader (also accepts LF rows). Returns rows of fields; throws CsvError on an unclosed quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let line = 1
  let quoted = false
  let quoteLine = 0
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  while (i < s.length) {
    const c = s[i]
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      if (c === '\n') line++
      field += c
      i++
      continue
    }
    if (c === '"' && field === '') {
      quoted = true
      quoteLine = line
      i++
    } else if (c === ',') {
      row.push(field)
      field = ''
      i++
    } else if (c === '\r' || c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1
      line++
    } else {
      field += c
      i++
    }
  }
  if (quoted) throw new CsvError('a quoted field is never closed', quoteLine)
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
