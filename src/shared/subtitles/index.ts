/**
 * The subtitles and localization core (pure, environment-neutral). Entry points for the editors:
 * formats (parse/serialize SRT, WebVTT, ASS), translation status, alignment, QC, edits, drafting
 * and translator hand-off. File IO, encodings and ffmpeg live in src/main/services/subtitles.
 */
export * from './formats'
export { cueFingerprint } from './fingerprint'
export {
  translationStatus,
  localeProgress,
  setTranslation,
  markTranslationDone,
  markTranslationDraft,
  clearTranslation,
  applyTranslations,
  withSourceCues,
  cuesForLocale,
  type LocaleProgress
} from './translations'
export { alignTranslatedCues, type Alignment, type UnmatchedCue } from './align'
export { formatReport, type ParseReport, type ReportEntry, type ReportKind } from './report'
export { lineWidth, readableLength, isBlankCueText } from './text-metrics'
export * from './qc'
export * from './edits'
export {
  splitScriptIntoChunks,
  distributeChunks,
  parseSilenceDetect,
  speechSegments,
  type Segment,
  type Silence
} from './draft'
export * from './xliff'
