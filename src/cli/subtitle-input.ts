import { KindframeError } from '../shared/errors'
import type { DroppedCue } from '../shared/subtitles/formats'
import { formatReport, summarizeReport, type ParseReport } from '../shared/subtitles/report'
import { importSubtitleFile, type ImportedSubtitles } from '../main/services/subtitles'
import type { CliIO } from './command'

/**
 * The one way `convert`, `qc` and `lint` read a subtitle file: the shared reader (importSubtitleFile),
 * its import report on stderr line by line, and the same refusals — an empty, binary or image file, or
 * one with no usable cue, is a KindframeError 'parse-failed' → exit 3 (EXIT.badInput).
 */
export async function readSubtitleInput(
  path: string,
  io: CliIO,
  options: { encoding?: string } = {}
): Promise<ImportedSubtitles> {
  try {
    const file = await importSubtitleFile(path, options)
    writeReport(io, file.report, path)
    return file
  } catch (err) {
    const report = refusedReport(err)
    if (report) writeReport(io, report, path)
    throw err
  }
}

function writeReport(io: CliIO, report: ParseReport, path: string): void {
  for (const line of formatReport(report, path)) io.stderr.write(`${line}\n`)
}

/** The report a refusal carries (a file with no usable cue), if any. */
export function refusedReport(err: unknown): ParseReport | undefined {
  return err instanceof KindframeError ? (err.details as { report?: ParseReport } | undefined)?.report : undefined
}

/** The dropped cues a refusal carries, so the lint can still read their words. */
export function refusedDropped(err: unknown): DroppedCue[] {
  return err instanceof KindframeError ? ((err.details as { dropped?: DroppedCue[] } | undefined)?.dropped ?? []) : []
}

/** "12 cues, 1 dropped, 3 repaired, 0 guessed". */
export function importSummary(file: ImportedSubtitles): string {
  return `${file.cues.length} cues, ${summarizeReport(file.report)}`
}
