export { decodeSubtitleBytes, type DecodedText } from './decode'
export {
  importSubtitleFile,
  exportSubtitleFile,
  MAX_SUBTITLE_BYTES,
  type ImportedSubtitles,
  type ExportOptions
} from './subtitle-files'
export { importTranslationFile } from './import-translation'
export { exportHandoffFile, importHandoffFile, type HandoffVersion, type HandoffExportRequest } from './handoff-files'
export { detectSpeech, draftCuesFromScript, silenceDetectArgs, type DraftResult } from './draft-from-script'
