import { defaultEndCardMessage, normalizeHandle } from '../../ass/end-card-messages'
import { effectiveEndCard } from '../../export/ass-input'
import type { Clip, EndCard, Project } from '../../project/schema'
import { codepointLabel, collectGlyphs, rangesHas, type GlyphUse } from '../font-coverage'
import type { PreflightTarget } from '../types'
import { addProblem, type OutputContext } from './context'
import { captionChoiceFor, familyForLocale, resolveCaption } from '../../captions/resolve-style'
import { sanitizeAssField } from '../../ass/escape-text'
import { DEFAULT_FAMILY } from '../../ass/ass-styles'

/** Past this many characters of one kind in one output the list is cut (the first ones say enough). */
const MAX_CHAR_PROBLEMS = 12

/**
 * Every character this output burns in (subtitles of the locale, end-card name, handle, message)
 * against the character map of the font that will draw it: the shipped fonts first; a system font
 * only where libass would fall back to one (allowed, with a warning: another machine may lack it);
 * no font at all is an error, because libass would burn in an empty box (tofu).
 */
export function checkFonts(ctx: OutputContext): void {
  const fonts = ctx.facts.fonts
  if (!fonts) return
  const { project, clip, locale, endCard } = ctx
  const uses = outputGlyphUses(project, clip, locale, endCard)

  const counted = new Map<string, number>()
  const report = (
    code: 'font-missing-glyph' | 'font-fallback' | 'font-unverified',
    severity: 'error' | 'warning',
    family: string,
    cp: number,
    at: string,
    fallback?: string
  ) => {
    const n = (counted.get(code) ?? 0) + 1
    counted.set(code, n)
    if (n > MAX_CHAR_PROBLEMS) return
    const { where, whereKind, cueNumber, target } = place(ctx, at)
    addProblem(
      ctx,
      code,
      severity,
      {
        char: String.fromCodePoint(cp),
        codepoint: codepointLabel(cp),
        family,
        where,
        whereKind,
        cueNumber,
        ...(fallback ? { fallback } : {})
      },
      { target }
    )
  }

  // A caption style's own font that is not installed: libass would quietly draw another font (or
  // tofu), so it is an error naming the font, not a warning per character.
  const styleFamily = captionFamily(project, clip, locale)
  for (const use of uses.values()) {
    const shipped = fonts.shipped[use.family]
    const system = fonts.system[use.family]
    if (use.family === styleFamily && !shipped && !system && fonts.systemKnown) {
      addProblem(
        ctx,
        'font-not-installed',
        'error',
        { family: use.family },
        { target: { kind: 'export', field: 'locales' } }
      )
      continue
    }
    if (!shipped && system)
      addProblem(
        ctx,
        'font-system',
        'warning',
        { family: use.family },
        { target: { kind: 'export', field: 'locales' } }
      )
    for (const [cp, at] of use.codepoints) {
      if (rangesHas(shipped, cp) || rangesHas(system, cp)) continue
      const key = String(cp)
      const fallback = fonts.fallback[key]
      if (fallback === null) report('font-missing-glyph', 'error', use.family, cp, at)
      else if (fallback !== undefined) report('font-fallback', 'warning', use.family, cp, at, fallback)
      else report('font-unverified', 'warning', use.family, cp, at)
    }
  }
}

/** Every glyph one output burns in, by the family that draws it (first occurrence of each). */
export function outputGlyphUses(
  project: Project,
  clip: Clip,
  locale: string,
  endCard: EndCard = effectiveEndCard(project, clip)
): Map<string, GlyphUse> {
  const style = project.style
  const uses = new Map<string, GlyphUse>()
  const translations = clip.track.translations[locale] ?? {}
  // Cues are drawn in the caption style's font (and case), the end card in the project style's.
  const caption = resolveCaption(captionChoiceFor(project, clip), style, 1920)
  const cueStyle = caption ? { ...style, fontFamily: familyForLocale(caption.options, locale) } : style
  const upper = caption?.options.uppercase === true
  for (const cue of clip.track.cues) {
    const text =
      locale === project.sourceLocale
        ? cue.text
        : translations[cue.id]?.status === 'missing'
          ? ''
          : (translations[cue.id]?.text ?? '')
    if (text) collectGlyphs(uses, upper ? text.toLocaleUpperCase(locale) : text, cueStyle, locale, `cue:${cue.id}`)
  }
  if (endCard.enabled) {
    collectGlyphs(uses, endCard.displayName ?? clip.creator.name, style, locale, 'endcard:name', 80)
    collectGlyphs(uses, normalizeHandle(endCard.handle ?? clip.creator.handle), style, locale, 'endcard:handle', 80)
    const message = (endCard.message[locale] ?? '').trim() ? endCard.message[locale]! : defaultEndCardMessage(locale)
    collectGlyphs(uses, message, style, locale, 'endcard:message', 240)
  }
  return uses
}

function place(
  ctx: OutputContext,
  at: string
): { where: string; whereKind: string; cueNumber: number; target: PreflightTarget } {
  const { clip, locale } = ctx
  if (at.startsWith('cue:')) {
    const cueId = at.slice(4)
    const n = clip.track.cues.findIndex((c) => c.id === cueId) + 1
    return {
      where: `cue ${n}`,
      whereKind: 'cue',
      cueNumber: n,
      target: { kind: 'cue', clipId: clip.id, cueId, locale }
    }
  }
  const field = at.slice('endcard:'.length) as 'name' | 'handle' | 'message'
  return {
    where: `the end-card ${field}`,
    whereKind: field,
    cueNumber: 0,
    target: { kind: 'endcard', clipId: clip.id, locale, field }
  }
}

/** The base font family the clip's caption style draws cues with in `locale` (undefined for Classic). */
function captionFamily(project: Project, clip: Clip, locale: string): string | undefined {
  const caption = resolveCaption(captionChoiceFor(project, clip), project.style, 1920)
  return caption ? sanitizeAssField(familyForLocale(caption.options, locale)) || DEFAULT_FAMILY : undefined
}
