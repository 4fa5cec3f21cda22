/**
 * Cue text → words, with their UTF-16 ranges. Word boundaries come from Intl.Segmenter, so Thai, CJK and
 * other scripts written without spaces split into words too. Punctuation sticks to the word it touches
 * ("kind," · "¿Qué"), and each emoji is a word of its own, so a cue of only emoji still has words to time.
 */

export interface WordToken {
  text: string
  /** [from, to) in the cue text. */
  from: number
  to: number
}

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale)
  if (!s) {
    // An unknown or malformed tag must not throw here: the root locale still segments every script.
    try {
      s = new Intl.Segmenter(locale, { granularity: 'word' })
    } catch {
      s = new Intl.Segmenter(undefined, { granularity: 'word' })
    }
    segmenters.set(locale, s)
  }
  return s
}

const SPACE = /^\s+$/u
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

export function tokenizeWords(text: string, locale = 'und'): WordToken[] {
  const out: WordToken[] = []
  let pendingFrom = -1 // punctuation before a word, waiting to be glued to it
  let lastEnd = -1 // end of the last token, to know whether punctuation touches it
  for (const seg of segmenter(locale).segment(text)) {
    const from = seg.index
    const to = from + seg.segment.length
    if (SPACE.test(seg.segment)) continue
    const wordy = seg.isWordLike || PICTOGRAPH.test(seg.segment)
    const last = out[out.length - 1]
    if (!wordy) {
      if (last && lastEnd === from) {
        last.to = to
        last.text = text.slice(last.from, to)
        lastEnd = to
      } else if (pendingFrom < 0) pendingFrom = from
      continue
    }
    const start = pendingFrom >= 0 ? pendingFrom : from
    pendingFrom = -1
    out.push({ text: text.slice(start, to), from: start, to })
    lastEnd = to
  }
  // Only punctuation left (e.g. "…" or "?!"): still one word, so the cue can be timed and highlighted.
  if (pendingFrom >= 0)
    out.push({
      text: text.slice(pendingFrom).trimEnd(),
      from: pendingFrom,
      to: pendingFrom + text.slice(pendingFrom).trimEnd().length
    })
  return out
}
