import { z } from 'zod'

/**
 * Caption styles as data (issue 10). A project chooses a preset by name and may override any option;
 * a clip may override the project's choice. Everything here is validated on load, so a bad colour or
 * an unknown preset in a hand-edited project is refused with the field's path, never rendered wrong.
 */

export const CAPTION_PRESET_NAMES = ['classic', 'boxed', 'bold-outline', 'highlight', 'speaker-colors'] as const
export const CaptionPresetName = z.enum(CAPTION_PRESET_NAMES, {
  error: () => `unknown caption style (known: ${CAPTION_PRESET_NAMES.join(', ')})`
})
export type CaptionPresetName = z.infer<typeof CaptionPresetName>

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #RRGGBB')

/** Every option a style sets. Sizes are relative (to the frame or to the font), so one style fits every preset frame. */
export const CaptionOptionsShape = {
  /** Font family for the base script; shipped: "Noto Sans" (other scripts use the shipped Noto family of their script). */
  fontFamily: z.string().min(1).max(100),
  /** 400 regular, 700 bold, 900 black (shipped for Latin, Arabic, Thai, Devanagari). */
  fontWeight: z.union([z.literal(400), z.literal(700), z.literal(900)]),
  /** Font size (the ASS size: the font's full line height) in percent of the frame height. */
  sizePct: z.number().min(1).max(15),
  textColor: Color,
  outlineColor: Color,
  /** Outline width in percent of the font size. */
  outlinePct: z.number().min(0).max(25),
  shadowColor: Color,
  /** Shadow offset in percent of the font size. */
  shadowPct: z.number().min(0).max(25),
  /** Box behind each line. */
  box: z.boolean(),
  boxColor: Color,
  /** 0 = invisible … 100 = opaque. */
  boxOpacity: z.number().min(0).max(100),
  /** Padding around the text inside the box, in percent of the font size. */
  boxPaddingPct: z.number().min(0).max(60),
  /** The word being spoken (Highlight). */
  highlightColor: Color,
  /** Words already spoken (Highlight). */
  spokenColor: Color,
  /** Words still to come (Highlight). */
  upcomingColor: Color,
  /** Size of the current word in percent (100 = same size). */
  highlightScale: z.number().min(100).max(160),
  /** A box behind the current word only. */
  highlightBox: z.boolean(),
  highlightBoxColor: Color,
  /** Horizontal alignment; start/end follow the text direction (mirrored for right-to-left). */
  align: z.enum(['start', 'center', 'end']),
  /** Vertical position, always inside the preset's safe zone. */
  position: z.enum(['lower', 'middle', 'upper']),
  maxLines: z.number().int().min(1).max(4),
  maxCharsPerLine: z.number().int().min(8).max(80),
  uppercase: z.boolean(),
  /** Speaker name → colour (Speaker colours); speakers not listed take colours from `speakerPalette` in order. */
  speakerColors: z.record(z.string(), Color),
  speakerPalette: z.array(Color).min(1).max(12),
  /** Locale (BCP-47, matched by prefix: "ja" covers "ja-JP") → base font family for that locale. */
  fontFallback: z.record(z.string(), z.string().min(1).max(100))
}

export const CaptionOptions = z.object(CaptionOptionsShape).strict()
export type CaptionOptions = z.infer<typeof CaptionOptions>

/** Options a project or clip overrides: each optional, no defaults (so an override never resets the preset). */
export const CaptionOverrides = CaptionOptions.partial().strict()
export type CaptionOverrides = z.infer<typeof CaptionOverrides>

/** A project's or a clip's caption choice. */
export const CaptionChoice = z.object({
  preset: CaptionPresetName,
  options: CaptionOverrides.optional()
})
export type CaptionChoice = z.infer<typeof CaptionChoice>
