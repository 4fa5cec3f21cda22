import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import { subtitlesOps } from '../../shared/contract/subtitles'
import { draftCuesFromScript, exportHandoffFile, exportSubtitleFile, importHandoffFile, importSubtitleFile, importTranslationFile } from '../services/subtitles'

/** Subtitles handlers: thin, all work (file IO, decoding, parsing, ffmpeg) happens in services/subtitles off the UI thread. */
export function subtitlesHandlers(): HandlersFor<typeof subtitlesOps, Events> {
  return {
    'subtitles.import': async ({ path, encoding }) => {
      const r = await importSubtitleFile(path, { encoding })
      return { format: r.format, encoding: r.encoding, cues: r.cues, report: r.report, dropped: r.dropped, ...(r.native ? { native: r.native } : {}) }
    },
    'subtitles.importTranslation': async ({ path, sourceCues, encoding }) => importTranslationFile(path, sourceCues, { encoding }),
    'subtitles.export': async ({ path, format, cues, native, overwrite }) => exportSubtitleFile(path, cues, { format, overwrite, native }),
    'subtitles.exportXliff': async (input) => exportHandoffFile(input),
    'subtitles.importXliff': async (input) => importHandoffFile(input),
    'subtitles.draftFromScript': async ({ mediaPath, script, locale, profile }) => draftCuesFromScript({ mediaPath, script, locale, profile })
  }
}
