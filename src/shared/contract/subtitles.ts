import { z } from 'zod'
import { op } from './define'
import { AbsPath } from './fields'
import {
  Clip,
  Cue,
  LocaleTag,
  TrackNative,
  type Cue as CueT,
  type Translation,
  type TrackNative as TrackNativeT
} from '../project/schema'
import type { DroppedCue, SubtitleFormat } from '../subtitles/formats'
import type { ParseReport } from '../subtitles/report'
import type { UnmatchedCue } from '../subtitles/align'
import type { HandoffConflict, HandoffFormat, HandoffIdentity } from '../subtitles/xliff'
import type { Segment } from '../subtitles/draft'

/** An iconv-lite encoding name to force (e.g. "windows-1252"); omit to detect. */
const Encoding = z.string().min(1).max(40).optional()
const Format = z.enum(['srt', 'vtt', 'ass'])

export interface ImportedSubtitlesResult {
  format: SubtitleFormat
  /** Encoding used ('utf-8', 'utf-16le', 'windows-1252', 'utf-8+windows-1252' for mixed files, …). */
  encoding: string
  cues: CueT[]
  /** The import report: every line dropped, repaired or guessed, with its number; show it to the user. */
  report: ParseReport
  /** Cues the reader could not keep (bad or backwards timing), with their text. */
  dropped: DroppedCue[]
  /** The file's header, styles, regions and notes; store it on the track so exporting the same format keeps them. */
  native?: TrackNativeT
}

export interface ImportedTranslationResult {
  format: SubtitleFormat
  encoding: string
  /** source cue id → translation (status draft); merge with applyTranslations(track, locale, translations). */
  translations: Record<string, Translation>
  /** Translated cues that overlap no source cue well enough. */
  unmatched: UnmatchedCue[]
  /** Source cue ids that got several translated cues (joined with a line break). */
  joined: string[]
  /** Source cue ids no translated cue landed on. */
  untranslated: string[]
  report: ParseReport
}

export interface ImportedHandoffResult {
  format?: HandoffFormat
  /** cue id → translation; empty when the file was refused (see conflicts). Merge with applyTranslations. */
  translations: Record<string, Translation>
  conflicts: HandoffConflict[]
  identity?: HandoffIdentity
}

export const subtitlesOps = {
  /**
   * Reads an SRT, WebVTT or ASS/SSA file (encoding detected unless given). Errors: 'not-found',
   * 'parse-failed' (binary file, nothing usable — the report is in `details`), 'limit-exceeded' (> 256 MB).
   */
  'subtitles.import': op(z.object({ path: AbsPath, encoding: Encoding })).returns<ImportedSubtitlesResult>(),

  /** Reads a translated subtitle file for `locale` and aligns its cues to `sourceCues` by time overlap. */
  'subtitles.importTranslation': op(
    z.object({ path: AbsPath, locale: LocaleTag, sourceCues: z.array(Cue), encoding: Encoding })
  ).returns<ImportedTranslationResult>(),

  /**
   * Writes cues as SRT/VTT/ASS (format from `format` or the extension), atomically, with their formatting
   * and positions; `native` (the track's) brings back the source file's header, styles and regions.
   * Error 'exists' unless `overwrite`.
   */
  'subtitles.export': op(
    z.object({
      path: AbsPath,
      format: Format.optional(),
      cues: z.array(Cue),
      native: TrackNative.optional(),
      overwrite: z.boolean().default(false)
    })
  ).returns<{ path: string; format: SubtitleFormat; bytes: number }>(),

  /**
   * Hand-off for translators: one clip × locale as XLIFF 2.0, XLIFF 1.2 or CSV. The file carries the
   * project title and clip id so importing it into another clip is refused. `profile` sets the
   * max-length notes (default the social profile).
   */
  'subtitles.exportXliff': op(
    z.object({
      path: AbsPath,
      version: z.enum(['2.0', '1.2', 'csv']),
      projectTitle: z.string().min(1),
      sourceLocale: LocaleTag,
      clip: Clip,
      locale: LocaleTag,
      profile: z.string().optional(),
      overwrite: z.boolean().default(false)
    })
  ).returns<{ path: string; units: number; bytes: number }>(),

  /** Reads a returned XLIFF (2.0/1.2) or CSV for `clip` × `locale`: translations + conflicts (never throws on content). */
  'subtitles.importXliff': op(
    z.object({ path: AbsPath, projectTitle: z.string().min(1), clip: Clip, locale: LocaleTag })
  ).returns<ImportedHandoffResult>(),

  /**
   * Draft source cues from the voiceover script, timed over the speech ffmpeg finds in the clip's audio.
   * `profile` (the project's qc.profile) sets the line limits. `notes` explain rough timing (no audio…).
   */
  'subtitles.draftFromScript': op(
    z.object({
      mediaPath: AbsPath,
      script: z.string().max(100_000),
      locale: LocaleTag.optional(),
      profile: z.string().optional()
    })
  ).returns<{ cues: CueT[]; speech: Segment[]; durationMs: number; notes: string[] }>()
}

/** No push events: every subtitles operation answers within one call. */
export const subtitlesEvents = {}
