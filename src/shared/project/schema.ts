import { z } from 'zod'
import { BCP47_PATTERN } from '../locales'
import { CaptionChoice } from '../captions/style-schema'

/**
 * The *.kindframe project file: versioned JSON validated by these schemas.
 * Bump PROJECT_VERSION and add a step to migrations.ts for every breaking change.
 */
export const PROJECT_VERSION = 3

export const LocaleTag = z.string().regex(BCP47_PATTERN, 'not a BCP-47 locale tag (e.g. "en", "pt-BR")')

/**
 * Inline formatting of cue text (docs/subtitles.md). `text` stays PLAIN — what the kindness lint, QC,
 * translators and the line breaker read — and marks lay formatting over it as half-open UTF-16 ranges
 * [from, to). Every format maps onto these kinds; what only one format can say is kept for a round
 * trip to that format (class, lang, ruby, time, ass) and ignored by the others.
 */
export const MarkKind = z.enum([
  'italic',
  'bold',
  'underline',
  'strike',
  'color',
  'class',
  'lang',
  'voice',
  'ruby',
  'time',
  'ass'
])
export type MarkKind = z.infer<typeof MarkKind>

export const CueMark = z
  .object({
    from: z.number().int().nonnegative(),
    to: z.number().int().nonnegative(),
    kind: MarkKind,
    /**
     * color: "#RRGGBB" · class: a WebVTT class name · lang: a language tag · voice: a speaker (when a cue
     * has several) · ruby: the annotation over [from, to) · time: a WebVTT timestamp tag in ms (zero-width)
     * · ass: ASS override tags or a drawing with no meaning here, kept verbatim at `from` (zero-width).
     */
    value: z.string().optional(),
    /** WebVTT classes written on the span (`<i.loud>`), kept for a WebVTT round trip. */
    classes: z.array(z.string()).optional()
  })
  .refine((m) => m.to >= m.from, { message: 'mark ends before it starts' })
export type CueMark = z.infer<typeof CueMark>

/**
 * Where a cue sits. `an` is the numpad anchor of ASS `\an` (1 bottom-left, 2 bottom-centre … 9
 * top-right). With `x`/`y` (percent of the frame) that anchor point of the text is placed there, as
 * ASS `\pos` does; without them the cue sits at that edge/corner inside the safe zone.
 */
export const CuePlacement = z
  .object({
    an: z.number().int().min(1).max(9),
    x: z.number().min(0).max(100).optional(),
    y: z.number().min(0).max(100).optional()
  })
  .refine((p) => (p.x === undefined) === (p.y === undefined), { message: 'x and y go together' })
export type CuePlacement = z.infer<typeof CuePlacement>

/** WebVTT cue settings as parsed (only those the file set), written back verbatim to WebVTT. */
export const VttCueSettings = z.object({
  region: z.string().optional(),
  vertical: z.enum(['rl', 'lr']).optional(),
  line: z.number().optional(),
  /** false when `line` was a percentage. */
  snapToLines: z.boolean().optional(),
  lineAlign: z.enum(['start', 'center', 'end']).optional(),
  position: z.number().min(0).max(100).optional(),
  positionAlign: z.enum(['line-left', 'center', 'line-right']).optional(),
  size: z.number().min(0).max(100).optional(),
  align: z.enum(['start', 'center', 'end', 'left', 'right']).optional()
})
export type VttCueSettings = z.infer<typeof VttCueSettings>

/** What a cue's source format said that the shared model has no place for, kept for a round trip to that format. */
export const CueNative = z.object({
  vtt: VttCueSettings.optional(),
  /** WebVTT NOTE blocks just before this cue (text after "NOTE"). */
  notes: z.array(z.string()).optional(),
  ass: z
    .object({
      style: z.string().optional(),
      layer: z.number().int().optional(),
      marginL: z.number().int().optional(),
      marginR: z.number().int().optional(),
      marginV: z.number().int().optional(),
      effect: z.string().optional()
    })
    .optional(),
  /** SRT coordinates after the timing ("X1:100 X2:600 Y1:50 Y2:80"). */
  srtCoords: z.string().optional()
})
export type CueNative = z.infer<typeof CueNative>

/**
 * When one word of a cue is spoken, in ms from the cue's start (so moving a cue keeps its words).
 * `text` is the word as the tokenizer (src/shared/captions/words.ts) cuts the cue text; after a text edit
 * the words that still exist keep their times (reconcileWords). Times past the cue's end are clamped when
 * rendering, never trusted.
 */
export const WordTiming = z
  .object({ text: z.string().min(1), fromMs: z.number().int().nonnegative(), toMs: z.number().int().nonnegative() })
  .refine((w) => w.toMs >= w.fromMs, { message: 'word timing ends before it starts' })
export type WordTiming = z.infer<typeof WordTiming>

export const TranslationStatus = z.enum(['missing', 'draft', 'done', 'outdated'])
export type TranslationStatus = z.infer<typeof TranslationStatus>

export const Translation = z.object({
  text: z.string(),
  /** Formatting of the translated text (from an imported translated file or the editor). */
  marks: z.array(CueMark).optional(),
  status: TranslationStatus,
  /** Fingerprint of the source cue (text + timing) when this was translated; a change marks it outdated. */
  sourceFingerprint: z.string().optional(),
  /**
   * Word timings of the translated text, ms from the cue's start: from the audio when the translation is
   * the language spoken in the clip, or carried through a page split. Absent = spread by syllable weight.
   */
  words: z.array(WordTiming).optional()
})
export type Translation = z.infer<typeof Translation>

/** A short caption page cut from a longer cue (captions/pages.ts); the first page keeps the original to restore it. */
export const CuePage = z.object({
  group: z.string().min(1),
  index: z.number().int().nonnegative(),
  count: z.number().int().positive(),
  original: z
    .object({
      id: z.string().min(1),
      startMs: z.number().int().nonnegative(),
      endMs: z.number().int().nonnegative(),
      text: z.string(),
      marks: z.array(CueMark).optional(),
      words: z.array(WordTiming).optional(),
      /** The cue's translations before the split (locale → translation), put back by "Restore cue". */
      translations: z.record(z.string(), Translation).optional()
    })
    .optional()
})
export type CuePage = z.infer<typeof CuePage>

export const Cue = z
  .object({
    id: z.string().min(1),
    startMs: z.number().int().nonnegative(),
    endMs: z.number().int().nonnegative(),
    /** Plain text: no markup of any format (see CueMark). */
    text: z.string(),
    speaker: z.string().optional(),
    marks: z.array(CueMark).optional(),
    place: CuePlacement.optional(),
    native: CueNative.optional(),
    /** Word timings (captions/words.ts): from the audio, spread by syllable weight, or imported from ASS `\k`. */
    words: z.array(WordTiming).optional(),
    page: CuePage.optional()
  })
  .refine((c) => c.endMs >= c.startMs, { message: 'cue ends before it starts' })
  .refine((c) => !c.marks || c.marks.every((m) => m.to <= c.text.length), {
    message: 'a mark reaches past the end of the text',
    path: ['marks']
  })
export type Cue = z.infer<typeof Cue>

export const VttRegion = z.object({
  id: z.string(),
  width: z.number(),
  lines: z.number().int().nonnegative(),
  regionAnchor: z.tuple([z.number(), z.number()]),
  viewportAnchor: z.tuple([z.number(), z.number()]),
  scroll: z.enum(['none', 'up'])
})
export type VttRegion = z.infer<typeof VttRegion>

export const AssStyleTable = z.object({
  /** Field names in the file's own Format order. */
  format: z.array(z.string()),
  styles: z.array(z.record(z.string(), z.string()))
})

/** File-level parts of the source subtitle file, kept so exporting to the same format loses nothing. */
export const TrackNative = z.object({
  vtt: z
    .object({
      /** Text after "WEBVTT" on the first line (e.g. " - Episode 1"). */
      header: z.string().optional(),
      /** Lines of the header block (e.g. "Kind: captions"). */
      headerLines: z.array(z.string()).optional(),
      regions: z.array(VttRegion).optional(),
      /** STYLE blocks (CSS), in order. */
      styles: z.array(z.string()).optional(),
      /** NOTE blocks after the last cue. */
      trailingNotes: z.array(z.string()).optional()
    })
    .optional(),
  ass: z
    .object({
      /** [Script Info] as ordered key/value pairs (comments dropped). */
      info: z.array(z.tuple([z.string(), z.string()])),
      styles: AssStyleTable,
      /** Whether the file was SSA v4 (Marked=, [V4 Styles]); it is written back as ASS v4+. */
      ssa: z.boolean().optional()
    })
    .optional()
})
export type TrackNative = z.infer<typeof TrackNative>

export const SubtitleTrack = z.object({
  cues: z.array(Cue).default([]),
  /** locale → cue id → translation. The source track owns timing. */
  translations: z.record(z.string(), z.record(z.string(), Translation)).default({}),
  /** The imported file's header, styles and regions (see TrackNative). */
  native: TrackNative.optional()
})
export type SubtitleTrack = z.infer<typeof SubtitleTrack>

export const MediaProbe = z.object({
  durationMs: z.number().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Average frame rate; `vfr` is true when r_frame_rate and avg_frame_rate disagree. */
  fps: z.number().positive(),
  vfr: z.boolean().default(false),
  rotation: z.number().int().default(0),
  /** Sample aspect ratio as num/den (1 for square pixels). */
  sar: z.number().positive().default(1),
  hasAudio: z.boolean(),
  videoCodec: z.string().optional(),
  audioCodec: z.string().optional(),
  sizeBytes: z.number().int().nonnegative().optional(),
  /** HDR transfer (phone footage): the export tone-maps it to SDR BT.709. Absent: SDR. */
  hdr: z.enum(['hlg', 'pq']).optional(),
  /** Dolby Vision "profile.compatibility" (e.g. "8.4"), converted through its HDR10/HLG base layer. */
  dolbyVision: z.string().optional()
})
export type MediaProbe = z.infer<typeof MediaProbe>

/**
 * What the media file was when it was imported (or relinked): size, modification time and SHA-256 of
 * its bytes. Pre-flight compares the file on disk against it, so an export never silently uses a file
 * that was replaced or re-rendered after the subtitles were timed against it.
 */
export const MediaFingerprint = z.object({
  sizeBytes: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest'),
  recordedAt: z.string().optional()
})
export type MediaFingerprint = z.infer<typeof MediaFingerprint>

export const Creator = z.object({
  name: z.string().default(''),
  handle: z.string().default(''),
  /** Photo or short video, relative to the project file. */
  photo: z.string().optional()
})
export type Creator = z.infer<typeof Creator>

export const FitMode = z.enum(['blur', 'pad', 'crop'])
export type FitMode = z.infer<typeof FitMode>

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #RRGGBB')

export const EndCardBackground = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('color'), color: HexColor }),
  z.object({ kind: z.literal('blur-last-frame') })
])

export const EndCard = z.object({
  enabled: z.boolean().default(true),
  durationMs: z.number().int().min(500).max(15_000).default(3000),
  background: EndCardBackground.default({ kind: 'color', color: '#101018' }),
  /** Overrides the creator's photo/video for the card; relative to the project file. */
  media: z.string().optional(),
  displayName: z.string().optional(),
  handle: z.string().optional(),
  /** locale → message; falls back to the shipped default message for that locale. */
  message: z.record(z.string(), z.string()).default({}),
  transition: z
    .object({
      kind: z
        .string()
        .regex(/^[a-z]+$/)
        .default('fade'),
      durationMs: z.number().int().min(0).max(3000).default(500)
    })
    .default({ kind: 'fade', durationMs: 500 }),
  layout: z.enum(['photo-top', 'photo-center']).default('photo-top')
})
export type EndCard = z.infer<typeof EndCard>

/**
 * A clip's end-card overrides: every field optional and WITHOUT defaults. (zod 4's `.partial()`
 * keeps `.default()`s, so `EndCard.partial()` would fill every unset field and silently override
 * the project's end-card settings with the schema defaults.)
 */
export const EndCardOverride = z.object({
  enabled: z.boolean().optional(),
  durationMs: z.number().int().min(500).max(15_000).optional(),
  background: EndCardBackground.optional(),
  media: z.string().optional(),
  displayName: z.string().optional(),
  handle: z.string().optional(),
  message: z.record(z.string(), z.string()).optional(),
  transition: z
    .object({ kind: z.string().regex(/^[a-z]+$/), durationMs: z.number().int().min(0).max(3000) })
    .optional(),
  layout: z.enum(['photo-top', 'photo-center']).optional()
})
export type EndCardOverride = z.infer<typeof EndCardOverride>

export const Clip = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** Media path relative to the project file (absolute paths are accepted but discouraged). */
  media: z.string().min(1),
  probe: MediaProbe.optional(),
  /** The media file as imported; absent for clips imported before Kindframe recorded it. */
  mediaFingerprint: MediaFingerprint.optional(),
  creator: Creator.default({ name: '', handle: '' }),
  /** locale → voiceover script */
  script: z.record(z.string(), z.string()).default({}),
  track: SubtitleTrack.default({ cues: [], translations: {} }),
  endCard: EndCardOverride.optional(),
  fit: FitMode.default('blur'),
  padColor: HexColor.default('#000000'),
  /** This clip's caption style, instead of the project's. */
  caption: CaptionChoice.optional()
})
export type Clip = z.infer<typeof Clip>

export const SubtitleStyle = z.object({
  fontFamily: z.string().default('Noto Sans'),
  fontSizePx: z.number().int().min(12).max(200).default(64),
  primaryColor: HexColor.default('#FFFFFF'),
  outlineColor: HexColor.default('#000000'),
  outlinePx: z.number().min(0).max(20).default(4),
  /** Opaque box behind text instead of an outline. */
  box: z.boolean().default(false),
  boxColor: HexColor.default('#000000'),
  position: z.enum(['bottom', 'middle', 'top']).default('bottom')
})
export type SubtitleStyle = z.infer<typeof SubtitleStyle>

export const SafeZone = z.object({
  top: z.number().int().min(0).default(150),
  bottom: z.number().int().min(0).default(420),
  right: z.number().int().min(0).default(140),
  left: z.number().int().min(0).default(0)
})
export type SafeZone = z.infer<typeof SafeZone>

export const LintSettings = z.object({
  allow: z.array(z.string()).default([]),
  deny: z.array(z.string()).default([]),
  severity: z.record(z.string(), z.enum(['error', 'warning', 'info', 'off'])).default({}),
  policy: z.enum(['review', 'block-on-errors']).default('review')
})

export const ExportSettings = z.object({
  presetId: z.string().default('tiktok-9x16'),
  outputTemplate: z.string().default('{series}/{clip}.{locale}.mp4'),
  safeZone: SafeZone.default({ top: 150, bottom: 420, right: 140, left: 0 })
})

export const Project = z.object({
  kind: z.literal('kindframe-project'),
  version: z.literal(PROJECT_VERSION),
  series: z.object({ title: z.string().min(1) }),
  sourceLocale: LocaleTag.default('en'),
  targetLocales: z.array(LocaleTag).default([]),
  clips: z.array(Clip).default([]),
  style: SubtitleStyle.default(SubtitleStyle.parse({})),
  /** Caption style preset + overrides; absent = Classic, drawn from `style` exactly as before version 3. */
  caption: CaptionChoice.optional(),
  endCard: EndCard.default(EndCard.parse({})),
  export: ExportSettings.default(ExportSettings.parse({})),
  lint: LintSettings.default(LintSettings.parse({})),
  qc: z.object({ profile: z.string().default('social') }).default({ profile: 'social' })
})
export type Project = z.infer<typeof Project>
export type ProjectInput = z.input<typeof Project>

export function newProject(title: string, sourceLocale = 'en'): Project {
  return Project.parse({ kind: 'kindframe-project', version: PROJECT_VERSION, series: { title }, sourceLocale })
}
