import { fitLines } from '../captions/line-fit'
import { speakerColorMap } from '../captions/speaker-colors'
import type { ResolvedCaption } from '../captions/resolve-style'
import { tokenizeWords } from '../captions/tokens'
import { timedWords } from '../captions/words'
import type { WordTiming } from '../project/schema'
import { formatAssTime } from './ass-format'
import type { CaptionLayout } from './caption-layout'
import { piecesText, type Piece } from './caption-text'
import { markPieces, marksForDrawnText } from './caption-marks'
import { dialogue, type CueForEvent } from './cue-events'
import { cleanUserText, MAX_CUE_GRAPHEMES, sanitizeAssField } from './escape-text'
import { placeCue, type RichContext } from './rich-event'

export interface CaptionCue extends CueForEvent {
  words?: WordTiming[]
}

/**
 * Dialogue lines of the caption styles (everything but Classic without overrides, which keeps the
 * original cue-events.ts path). Inline italic/bold/underline/strike/colour marks are drawn on top of the
 * style's look (caption-marks.ts).
 *
 * Highlight draws ONE EVENT PER WORD STATE: from the moment word i starts until word i + 1 starts, the
 * whole caption is drawn with the words before i in the spoken colour, word i in the highlight colour
 * (and size), the rest in the upcoming colour. WHY not `\k`/`\kf`: karaoke can only change colour, not
 * size or a box, and libass fills `\kf` left to right even in right-to-left text, so in Arabic the
 * highlight would move the wrong way (https://github.com/libass/libass/issues/221 "kf tag and filling
 * RTL text"; https://github.com/libass/libass/issues/406 "RTL Karaoke Effect"). Colouring whole words
 * in logical order lets libass's own bidi put each colour on the right word, in preview (jassub) and
 * export alike.
 */
export function pushCaptionEvents(
  out: string[],
  cues: readonly CaptionCue[],
  c: ResolvedCaption,
  layout: CaptionLayout,
  rich: RichContext
): void {
  const o = c.options
  const locale = rich.locale
  const speakerColor =
    c.preset === 'speaker-colors'
      ? speakerColorMap(
          cues.map((q) => q.speaker),
          o.speakerColors,
          o.speakerPalette
        )
      : undefined
  const names = new Map<string, string>()
  const textLayer = layout.wordBox ? 1 : 0
  for (const cue of cues) {
    if (!(cue.endMs > cue.startMs)) continue
    const clean = cleanUserText(cue.text, MAX_CUE_GRAPHEMES)
    if (!clean.trim()) continue
    const text = fitLines(clean, tokenizeWords(clean, locale), o.maxCharsPerLine)
    const marks = marksForDrawnText(cue.text, text, cue.marks)
    const markOptions = { styleBold: layout.text.bold, textColor: o.textColor }
    const placed = placeCue(cue.place, rich)
    const prefix = placed ? `{${placed.prefix}}` : layout.middle
    const marginV = placed?.marginV ?? 0
    let name = ''
    if (cue.speaker) {
      name = names.get(cue.speaker) ?? sanitizeAssField(cue.speaker)
      names.set(cue.speaker, name)
    }
    const line = (layer: number, style: string, from: number, to: number, pieces: Piece[]) =>
      out.push(
        dialogue(
          layer,
          from,
          to,
          style,
          name,
          0,
          0,
          prefix + piecesText(pieces, layout.family, locale, layout.weight, o.uppercase),
          marginV
        )
      )

    if (c.preset !== 'highlight') {
      const color = cue.speaker && speakerColor ? speakerColor.get(cue.speaker) : undefined
      line(
        0,
        'Caption',
        cue.startMs,
        cue.endMs,
        markPieces([{ text, tags: '', scale: 100, ...(color ? { color } : {}) }], marks, {
          ...markOptions,
          colors: true
        })
      )
      continue
    }
    for (const state of wordStates(text, cue, locale)) {
      line(
        textLayer,
        'Caption',
        state.fromMs,
        state.toMs,
        markPieces(statePieces(text, state.word, o), marks, { ...markOptions, colors: true })
      )
      // The box's invisible twin takes the same slant and weight, so it is laid out exactly like the text.
      if (layout.wordBox && state.word)
        line(
          0,
          'CaptionBox',
          state.fromMs,
          state.toMs,
          markPieces(boxPieces(text, state.word, o.highlightScale), marks, { ...markOptions, colors: false })
        )
    }
  }
}

interface WordState {
  fromMs: number
  toMs: number
  /** The current word's range in the text; undefined before the first word starts. */
  word?: { from: number; to: number }
}

/** Word states in output time, each at least one ASS centisecond long, covering the cue without gaps. */
function wordStates(text: string, cue: CaptionCue, locale: string): WordState[] {
  const words = timedWords(text, cue.words, cue.endMs - cue.startMs, locale)
  const states: WordState[] = []
  const push = (fromMs: number, toMs: number, word?: { from: number; to: number }) => {
    // ASS times are centiseconds: a state shorter than that would vanish or overlap its neighbour.
    if (formatAssTime(fromMs) === formatAssTime(toMs)) return
    states.push({ fromMs, toMs, ...(word ? { word } : {}) })
  }
  if (!words.length) return [{ fromMs: cue.startMs, toMs: cue.endMs }]
  if (words[0]!.fromMs > 0) push(cue.startMs, cue.startMs + words[0]!.fromMs)
  words.forEach((w, i) => {
    const from = cue.startMs + w.fromMs
    const to = i + 1 < words.length ? cue.startMs + words[i + 1]!.fromMs : cue.endMs
    push(from, to, w)
  })
  return states
}

function statePieces(
  text: string,
  word: { from: number; to: number } | undefined,
  o: ResolvedCaption['options']
): Piece[] {
  if (!word) return [{ text, tags: '', color: o.upcomingColor, scale: 100 }]
  return [
    { text: text.slice(0, word.from), tags: '', color: o.spokenColor, scale: 100 },
    {
      text: text.slice(word.from, word.to),
      tags: '',
      color: o.highlightColor,
      keepColor: true,
      scale: o.highlightScale
    },
    { text: text.slice(word.to), tags: '', color: o.upcomingColor, scale: 100 }
  ]
}

/**
 * The box behind the current word: the same text at the same sizes (so libass lays it out exactly like
 * the text event), all glyphs invisible, and only the current word's box opaque. libass draws a
 * BorderStyle 3 box per glyph in that glyph's `\3c`/`\3a`, so the box covers that word and no other.
 */
function boxPieces(text: string, word: { from: number; to: number }, scale: number): Piece[] {
  const hidden = '\\1a&HFF&\\3a&HFF&\\4a&HFF&'
  return [
    { text: text.slice(0, word.from), tags: hidden, scale: 100 },
    { text: text.slice(word.from, word.to), tags: '\\1a&HFF&\\3a&H00&', scale, fitBox: true },
    { text: text.slice(word.to), tags: hidden, scale: 100 }
  ]
}
