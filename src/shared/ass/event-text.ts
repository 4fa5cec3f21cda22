import { BoundedCache } from '../bounded-cache'
import { cleanUserText, escapeCleanText, MAX_CUE_GRAPHEMES } from './escape-text'
import { familyFor, isBaseScriptOnly, runScale, splitScriptRuns } from './script-runs'

/**
 * User text → the Text field of a Dialogue line: cleaned, escaped, and with `{\fn…}` switches at
 * script boundaries (see script-runs.ts for why), plus `\fscx\fscy` so every script looks the
 * same size. The line starts in `baseFamily` (its style's font) at 100 %.
 * User backslashes are always followed by WORD JOINER (escape-text.ts), so an inserted `{\fn…}`
 * can never be turned into a literal `\{` by a backslash before it.
 */
export function eventText(text: string, baseFamily: string, locale: string, maxGraphemes = MAX_CUE_GRAPHEMES): string {
  const clean = cleanUserText(text, maxGraphemes)
  // Text in the base script only (most cues) needs no font switches: escaping is all there is, and
  // it is cheaper than a cache lookup. Caching it would only make the garbage collector copy 5,000
  // entries per new track.
  if (isBaseScriptOnly(clean)) return escapeCleanText(clean)
  // Mixed scripts walk the text character by character: memoized, since the studio rebuilds the
  // whole track's ASS after every edit and all but one cue repeat. Keyed by the text itself inside
  // a memo per (family, locale): no key strings to allocate.
  const memo = memoFor(baseFamily, locale)
  let out = memo.get(clean)
  if (out === undefined) memo.set(clean, (out = withFontSwitches(clean, baseFamily, locale)))
  return out
}

const memos = new Map<string, BoundedCache<string>>()
let last: { family: string; locale: string; memo: BoundedCache<string> } | null = null

function memoFor(family: string, locale: string): BoundedCache<string> {
  if (last && last.family === family && last.locale === locale) return last.memo
  const key = `${family}\u0000${locale}`
  let memo = memos.get(key)
  if (!memo) {
    if (memos.size >= 8) memos.clear() // styles and locales in use at once are few; never grow unbounded
    // Enough for a few long tracks; older entries are dropped (bounded-cache.ts).
    memos.set(key, (memo = new BoundedCache<string>(5_000)))
  }
  last = { family, locale, memo }
  return memo
}

/** The escaped text with `{\fn…\fscx…\fscy…}` switches at script boundaries. `clean` is cleanUserText's output. */
function withFontSwitches(clean: string, baseFamily: string, locale: string): string {
  let family = baseFamily
  let scale = 100
  let out = ''
  for (const run of splitScriptRuns(clean)) {
    const nextFamily = familyFor(run.script, baseFamily, locale)
    const nextScale = runScale(nextFamily, baseFamily)
    if (nextFamily !== family || nextScale !== scale) {
      const tags =
        (nextFamily !== family ? `\\fn${nextFamily}` : '') +
        (nextScale !== scale ? `\\fscx${nextScale}\\fscy${nextScale}` : '')
      out += `{${tags}}`
      family = nextFamily
      scale = nextScale
    }
    out += escapeCleanText(run.text)
  }
  return out
}
