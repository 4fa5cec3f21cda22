import { cleanUserText, escapeCleanText, MAX_CUE_GRAPHEMES } from './escape-text'
import { familyFor, runScale, splitScriptRuns } from './script-runs'

/**
 * User text → the Text field of a Dialogue line: cleaned, escaped, and with `{\fn…}` switches at
 * script boundaries (see script-runs.ts for why), plus `\fscx\fscy` so every script looks the
 * same size. The line starts in `baseFamily` (its style's font) at 100 %.
 * User backslashes are always followed by WORD JOINER (escape-text.ts), so an inserted `{\fn…}`
 * can never be turned into a literal `\{` by a backslash before it.
 */
export function eventText(text: string, baseFamily: string, locale: string, maxGraphemes = MAX_CUE_GRAPHEMES): string {
  let family = baseFamily
  let scale = 100
  let out = ''
  for (const run of splitScriptRuns(cleanUserText(text, maxGraphemes))) {
    const nextFamily = familyFor(run.script, baseFamily, locale)
    const nextScale = runScale(nextFamily, baseFamily)
    if (nextFamily !== family || nextScale !== scale) {
      const tags = (nextFamily !== family ? `\\fn${nextFamily}` : '') + (nextScale !== scale ? `\\fscx${nextScale}\\fscy${nextScale}` : '')
      out += `{${tags}}`
      family = nextFamily
      scale = nextScale
    }
    out += escapeCleanText(run.text)
  }
  return out
}
