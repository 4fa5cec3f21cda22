import { formatAssTime } from './ass-format'
import { BoundedCache } from '../bounded-cache'
import { sanitizeAssField } from './escape-text'
import { eventText } from './event-text'
import { placeCue, richEventText, type RichContext } from './rich-event'
import type { CueMark, CuePlacement } from '../project/schema'

/** The fields of a cue that its Dialogue line depends on (besides the style, locale and position). */
export interface CueForEvent {
  startMs: number
  endMs: number
  text: string
  speaker?: string
  /** Formatting (rich-event.ts renders italic, bold, underline, strike, colour). */
  marks?: CueMark[]
  /** Anchor/position of this cue, inside the safe zone. */
  place?: CuePlacement
}

export function dialogue(
  layer: number,
  startMs: number,
  endMs: number,
  style: string,
  name: string,
  marginL: number,
  marginR: number,
  text: string,
  marginV = 0
): string {
  return `Dialogue: ${layer},${formatAssTime(startMs)},${formatAssTime(endMs)},${style},${name},${marginL},${marginR},${marginV},,${text}`
}

interface CachedEvent {
  startMs: number
  endMs: number
  speaker: string | undefined
  /** The Dialogue line, or '' when the cue shows nothing. */
  line: string
}

/**
 * Memo of finished Dialogue lines, keyed by cue text inside a memo per (font, locale, position
 * override). WHY: the studio rebuilds the whole track's ASS a moment after every edit, and all but
 * one cue come back unchanged. The key is the text string the cue already holds (no key to build),
 * and a hit is reused only when the times and speaker match too.
 */
const memos = new Map<string, BoundedCache<CachedEvent>>()

function memoFor(family: string, locale: string, prefix: string): BoundedCache<CachedEvent> {
  const key = `${family}\u0000${locale}\u0000${prefix}`
  let memo = memos.get(key)
  if (!memo) {
    // A handful of font × locale × position combinations are in use at once (preview, one export);
    // past 8 start over rather than grow: at most 8 × 2 × 10,000 lines are kept.
    if (memos.size >= 8) memos.clear()
    memos.set(key, (memo = new BoundedCache<CachedEvent>(10_000)))
  }
  return memo
}

/**
 * Appends the subtitle Dialogue lines (layer 0, style Default) of `cues` to `out`, in order.
 * Cues that end before they start or show no text are left out. `prefix` goes before each text
 * (the `\pos` override of the middle position).
 */
export function pushCueEvents(
  out: string[],
  cues: readonly CueForEvent[],
  family: string,
  locale: string,
  prefix: string,
  rich?: RichContext
): void {
  const memo = memoFor(family, locale, prefix)
  // A track has a handful of speakers: sanitize each name once per build, not once per cue.
  const names = new Map<string, string>()
  for (const cue of cues) {
    if (!(cue.endMs > cue.startMs)) continue
    if (rich && (cue.marks || cue.place)) {
      // Formatted or placed cues (few in a track) are built each time: the memo is keyed by text alone.
      const text = cue.marks
        ? richEventText(cue.text, cue.marks, family, locale, rich.primary)
        : eventText(cue.text, family, locale)
      if (!text) continue
      const placed = placeCue(cue.place, rich)
      const name = cue.speaker ? (names.get(cue.speaker) ?? sanitizeAssField(cue.speaker)) : ''
      if (cue.speaker) names.set(cue.speaker, name)
      out.push(
        dialogue(
          0,
          cue.startMs,
          cue.endMs,
          'Default',
          name,
          0,
          0,
          (placed ? `{${placed.prefix}}` : prefix) + text,
          placed?.marginV ?? 0
        )
      )
      continue
    }
    let cached = memo.get(cue.text)
    if (!cached || cached.startMs !== cue.startMs || cached.endMs !== cue.endMs || cached.speaker !== cue.speaker) {
      const text = eventText(cue.text, family, locale)
      let name = ''
      if (cue.speaker) {
        name = names.get(cue.speaker) ?? sanitizeAssField(cue.speaker)
        names.set(cue.speaker, name)
      }
      cached = {
        startMs: cue.startMs,
        endMs: cue.endMs,
        speaker: cue.speaker,
        line: text ? dialogue(0, cue.startMs, cue.endMs, 'Default', name, 0, 0, prefix + text) : ''
      }
      memo.set(cue.text, cached)
    }
    if (cached.line) out.push(cached.line)
  }
}
