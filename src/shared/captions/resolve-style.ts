import { KindframeError } from '../errors'
import type { Clip, Project, SubtitleStyle } from '../project/schema'
import { CAPTION_PRESETS, classicOptions } from './presets'
import { CaptionOptions, CaptionPresetName, type CaptionChoice } from './style-schema'

/** A caption style ready to draw: the preset's options with the project's and the clip's overrides on top. */
export interface ResolvedCaption {
  preset: CaptionPresetName
  options: CaptionOptions
}

/** The clip's own choice wins over the project's; neither = Classic. */
export function captionChoiceFor(
  project: Pick<Project, 'caption'>,
  clip?: Pick<Clip, 'caption'>
): CaptionChoice | undefined {
  return clip?.caption ?? project.caption
}

/**
 * null means Classic without overrides: the renderer then takes the original path from the project's
 * SubtitleStyle, so projects made before caption styles export byte-for-byte as they did.
 */
export function resolveCaption(
  choice: CaptionChoice | undefined,
  style: SubtitleStyle,
  frameHeight: number
): ResolvedCaption | null {
  if (!choice || (choice.preset === 'classic' && !hasOverrides(choice))) return null
  const base = choice.preset === 'classic' ? classicOptions(style, frameHeight) : CAPTION_PRESETS[choice.preset]
  // Validated again after merging: a hand-edited override can't slip an invalid value past the schema.
  const merged = CaptionOptions.safeParse({ ...base, ...definedOnly(choice.options ?? {}) })
  if (!merged.success) {
    const issue = merged.error.issues[0]!
    throw new KindframeError(
      'invalid-input',
      `caption style "${choice.preset}": ${issue.path.join('.') || 'options'}: ${issue.message}`
    )
  }
  return { preset: choice.preset, options: merged.data }
}

/** `--caption-style NAME` and the style gallery: a preset by name, with a specific error for a wrong one. */
export function captionPresetByName(name: string): CaptionPresetName {
  const parsed = CaptionPresetName.safeParse(name.trim().toLowerCase())
  if (!parsed.success)
    throw new KindframeError(
      'invalid-input',
      `unknown caption style "${name}" (known: ${CaptionPresetName.options.join(', ')})`
    )
  return parsed.data
}

/** The base font family for a locale: the style's per-locale fallback (longest matching prefix) or its font. */
export function familyForLocale(options: CaptionOptions, locale: string): string {
  const tag = locale.toLowerCase()
  let best: [string, string] | undefined
  for (const [key, family] of Object.entries(options.fontFallback)) {
    const k = key.toLowerCase()
    if ((tag === k || tag.startsWith(`${k}-`)) && (!best || k.length > best[0].length)) best = [k, family]
  }
  return best?.[1] ?? options.fontFamily
}

function hasOverrides(choice: CaptionChoice): boolean {
  return !!choice.options && Object.values(choice.options).some((v) => v !== undefined)
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
