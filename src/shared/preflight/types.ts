import type { LintIssue } from '../lint'
import type { QcSeverity } from '../subtitles/qc'

/**
 * Pre-flight: what would each clip × locale × preset output ship with, before anything is encoded.
 * The function is pure (src/shared/preflight/preflight.ts); facts about the disk (media, fonts,
 * existing outputs) are gathered in main and passed in, so the studio, the CLI and the queue all
 * judge an output the same way.
 */

/**
 * - error: something is wrong with the output (see PreflightBlock for what it stops);
 * - warning: worth a look, never stops anything;
 * - reconsider: a kindness finding, shown with its kinder wording; never a hard block
 *   (unless the project's lint policy is block-on-errors: then it is an error with block 'policy');
 * - info: for the record.
 */
export type PreflightSeverity = 'error' | 'warning' | 'reconsider' | 'info'

/**
 * What an error stops. 'content': the video would be incomplete or wrong (missing translation, QC
 * error, changed media, tofu…): not exported under its final name. 'output': it cannot be written
 * (file exists without overwrite, two outputs on one name). 'policy': the project's lint policy.
 */
export type PreflightBlock = 'content' | 'output' | 'policy'

export const PREFLIGHT_CODES = [
  'translation-none',
  'translation-missing',
  'translation-outdated',
  'translation-draft',
  'locale-not-target',
  'no-subtitles',
  'qc',
  'kindness',
  'media-missing',
  'media-changed',
  'media-touched',
  'media-unrecorded',
  'probe-missing',
  'endcard-name-missing',
  'endcard-handle-missing',
  'endcard-photo-missing',
  'endcard-photo-not-found',
  'endcard-message-missing',
  'font-missing-glyph',
  'font-fallback',
  'font-system',
  'font-unverified',
  'font-not-installed',
  'duration-over-limit',
  'duration-long',
  'size-may-exceed',
  'output-collision',
  'output-renamed',
  'output-exists',
  'output-exists-same',
  'output-replaces',
  'output-stale-final'
] as const
export type PreflightCode = (typeof PREFLIGHT_CODES)[number]

/** Where the studio jumps to fix a problem. */
export type PreflightTarget =
  | { kind: 'cue'; clipId: string; cueId: string; locale: string }
  | { kind: 'script'; clipId: string; locale: string; line: number }
  | { kind: 'endcard'; clipId: string; locale: string; field: 'name' | 'handle' | 'photo' | 'message' }
  | { kind: 'clip'; clipId: string; field: 'media' }
  | { kind: 'export'; field: 'overwrite' | 'outDir' | 'locales' }

export interface PreflightProblem {
  code: PreflightCode
  severity: PreflightSeverity
  /** Errors only. */
  blocks?: PreflightBlock
  clipId: string
  locale: string
  /** English, a whole sentence: PREFLIGHT_MESSAGES_EN[code] filled with params (CLI, logs, manifest). */
  message: string
  params: Record<string, string | number>
  target?: PreflightTarget
  /** code 'qc': the QC finding, so the studio can show it in the UI language (editor:qc.* keys). */
  qc?: { ruleId: string; messageKey: string; params: Record<string, string | number>; severity: QcSeverity }
  /** code 'kindness': the finding with its kinder suggestions, and where the text lives. */
  lint?: { issue: LintIssue; kind: 'script' | 'subtitles' | 'endcard' }
}

export type OutputVerdict = 'ready' | 'incomplete' | 'blocked'

export interface OutputCounts {
  cues: number
  missing: number
  draft: number
  outdated: number
  qc: { error: number; warning: number; info: number }
  /** Kindness lint of the text this output shows (subtitles, end card) and its script in that locale. */
  lint: { error: number; warning: number; info: number; depicted: number }
}

export interface OutputPreflight {
  clipId: string
  clipTitle: string
  locale: string
  /** Final name, relative to the output folder ("/"-separated). */
  rel: string
  /** Where an incomplete output is written when exported anyway (never its final name). */
  incompleteRel: string
  verdict: OutputVerdict
  problems: PreflightProblem[]
  counts: OutputCounts
  /** Clip + end card − transition, from the stored probe; null without one. */
  durationMs: number | null
  /** Where the end card starts in the output (null without a card or a probe): the report's end-card thumbnail. */
  cardStartMs: number | null
  /** Upper bound from the preset's video maxrate + audio bitrate; null without a duration. */
  maxBytes: number | null
  /** SHA-256 of everything that decides this output's pixels and sound (outputVersionHash). */
  outputHash: string
}

export interface PreflightSummary {
  total: number
  ready: number
  incomplete: number
  blocked: number
  errors: number
  warnings: number
  reconsider: number
}

export interface PreflightReport {
  kind: 'kindframe-preflight'
  version: 1
  presetId: string
  locales: string[]
  overwrite: boolean
  /** SHA-256 of the project as saved (serializeProject), recorded in the manifest. */
  projectHash: string
  /** Which disk facts were supplied; a check without its facts is skipped, and the report says so. */
  verified: { media: boolean; fonts: boolean; outputs: boolean }
  outputs: OutputPreflight[]
  summary: PreflightSummary
}

/** What main found on disk, for the pure checks. Every part is optional. */
export interface MediaFact {
  exists: boolean
  sizeBytes?: number
  mtimeMs?: number
  /** Computed only when the size matches the import record but the time does not. */
  sha256?: string
}

export interface OutputFact {
  exists: boolean
  sizeBytes?: number
  mtimeMs?: number
  /** The newest manifest row in the output folder for this file, if any. */
  recorded?: { outputHash: string | null; sizeBytes: number | null; batchId: string; createdAt: string }
}

/** Flat sorted inclusive code point ranges: [lo0, hi0, lo1, hi1, …]. */
export type CodepointRanges = number[]

export interface FontFacts {
  /** Family → character map of the fonts Kindframe ships (resources/fonts). */
  shipped: Record<string, CodepointRanges>
  /** Family → character map of installed system families that the text asks for by name (CJK, a custom style font). */
  system: Record<string, CodepointRanges>
  /** Code point (decimal) → a system family that has it (what libass's fontconfig fallback finds), or null: no installed font has it. */
  fallback: Record<string, string | null>
  /** False when the system's fonts could not be listed (no fontconfig): system coverage unknown. */
  systemKnown: boolean
}

export interface PreflightFacts {
  /** Clip id → its media file now. */
  media?: Record<string, MediaFact>
  /** End-card photo path (as written in the project) → does the file exist. */
  cardMedia?: Record<string, boolean>
  fonts?: FontFacts
  /** Relative output path (final or incomplete name) → what is there now. */
  outputs?: Record<string, OutputFact>
}

export interface PreflightRequest {
  clipIds?: string[]
  /** Default: the project's source locale. */
  locales?: string[]
  presetId?: string
  overwrite?: boolean
}
