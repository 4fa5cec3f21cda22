import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { subtitlesOps } from '../../shared/contract/subtitles'
import { extname } from 'node:path'
import { KindframeError } from '../../shared/errors'
import { formatFromPath } from '../../shared/subtitles/formats'
import {
  draftCuesFromScript,
  exportHandoffFile,
  exportSubtitleFile,
  importHandoffFile,
  importSubtitleFile,
  importTranslationFile
} from '../services/subtitles'

/** Subtitles handlers: thin, all work (file IO, decoding, parsing, ffmpeg) happens in services/subtitles off the UI thread. */
export function subtitlesHandlers(): HandlersFor<typeof subtitlesOps, Events> {
  return {
    'subtitles.import': async ({ path, encoding }) => {
      const r = await importSubtitleFile(path, { encoding })
      return {
        format: r.format,
        encoding: r.encoding,
        cues: r.cues,
        report: r.report,
        dropped: r.dropped,
        ...(r.native ? { native: r.native } : {})
      }
    },
    'subtitles.importTranslation': async ({ path, sourceCues, encoding }) =>
      importTranslationFile(path, sourceCues, { encoding }),
    'subtitles.export': async ({ path, format, cues, native, overwrite }) => {
      // A client may not write cue text (which can hold any command) under a name like ~/.bashrc.
      const byName = formatFromPath(path)
      if (!byName || (format !== undefined && byName !== format)) {
        throw new KindframeError(
          'not-permitted',
          `${path}: subtitles are written only to a file whose extension says their format (.srt, .vtt, .ass, .ssa)${format ? ` — here .${format}` : ''}.`
        )
      }
      return exportSubtitleFile(path, cues, { format, overwrite, native })
    },
    'subtitles.exportXliff': async (input) => {
      const allowed = input.version === 'csv' ? ['.csv'] : ['.xlf', '.xliff']
      if (!allowed.includes(extname(input.path).toLowerCase())) {
        throw new KindframeError(
          'not-permitted',
          `${input.path}: a ${input.version === 'csv' ? 'CSV' : 'XLIFF'} hand-off is written only to a ${allowed.join(' or ')} file.`
        )
      }
      return exportHandoffFile(input)
    },
    'subtitles.importXliff': async (input) => importHandoffFile(input),
    'subtitles.draftFromScript': async ({ mediaPath, script, locale, profile }) =>
      draftCuesFromScript({ mediaPath, script, locale, profile })
  }
}
