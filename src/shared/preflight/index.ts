/** Export pre-flight: pure checks of clip × locale × preset outputs before anything is encoded. */
export * from './types'
export { preflight, verdictOf, summarizeOutputs, glyphNeeds } from './preflight'
export { selectForExport, refusal, type ExportMode, type ExportSelection, type SelectedOutput } from './select'
export { formatPreflightText } from './table'
export { PREFLIGHT_MESSAGES_EN, preflightMessage } from './messages'
export { projectContentHash, outputVersionHash } from './version-hash'
export { resolveBatchScope, type BatchScope } from './scope'
export { collectGlyphs, rangesHas, mergeRanges, codepointLabel, needsGlyph, type GlyphUse } from './font-coverage'
