import type { Cue } from '../../../shared/project/schema'
import { alignTranslatedCues, type Alignment } from '../../../shared/subtitles/align'
import type { ParseReport } from '../../../shared/subtitles/report'
import type { SubtitleFormat } from '../../../shared/subtitles/formats'
import { importSubtitleFile } from './subtitle-files'

export interface TranslationImport extends Alignment {
  format: SubtitleFormat
  encoding: string
  report: ParseReport
}

/** A translated SRT/VTT/ASS for one locale, placed on the source cues by time overlap. */
export async function importTranslationFile(
  path: string,
  sourceCues: readonly Cue[],
  options: { encoding?: string } = {}
): Promise<TranslationImport> {
  const file = await importSubtitleFile(path, options)
  return {
    ...alignTranslatedCues(sourceCues, file.cues),
    format: file.format,
    encoding: file.encoding,
    report: file.report
  }
}
