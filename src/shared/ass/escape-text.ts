/**
 * Turning user-typed text into ASS event text that libass renders LITERALLY.
 *
 * libass (0.17, what ffmpeg's `ass` filter and jassub use) interprets, outside override blocks:
 * `{` … `}` as an override block, and the escapes `\N`, `\n`, `\h`, `\{`, `\}` (see
 * libass ass_render.c get_next_char; https://github.com/libass/libass/issues/194 and #462).
 * There is no escape for a backslash itself, so:
 *  - `{` → `\{` and `}` → `\}` (libass-only escapes that render the brace itself);
 *  - every user backslash gets U+2060 WORD JOINER after it, so it can never pair with the next
 *    character (N, n, h, {, } or an override block we insert later). WORD JOINER is a default
 *    ignorable: with complex shaping HarfBuzz hides it even when the font lacks it (verified in
 *    tests/services/ass), and it forbids a line break, so the pair stays together.
 *  - real line breaks become `\N`; tabs become spaces; other C0/C1 controls and DEL are removed;
 *  - leading/trailing spaces of each line become NO-BREAK SPACE (what `\h` means), because libass
 *    trims ordinary spaces at line edges;
 * Bidi marks/isolates, ZWJ/ZWNJ and emoji pass through untouched.
 */

export const WORD_JOINER = '\u2060'
const NBSP = '\u00A0'

/** Longest cue text we emit, in graphemes; longer text is cut with an ellipsis (see docs/fonts.md). */
export const MAX_CUE_GRAPHEMES = 500

/**
 * Normalizes user text before escaping: line breaks → "\n", tabs → space, controls removed,
 * lone surrogates → U+FFFD, edge spaces → NBSP, capped at `maxGraphemes`.
 * The result is still plain text (no ASS syntax).
 */
export function cleanUserText(text: string, maxGraphemes = MAX_CUE_GRAPHEMES): string {
  // Most cue text needs none of the steps below; one scan proves it (this runs for every cue of
  // every ASS build).
  if (text.length <= maxGraphemes && !NEEDS_CLEANING.test(text)) return text
  const normalized = toWellFormed(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    // C0 controls except \n, DEL, C1 controls: invisible at best, tofu or garbage at worst.
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '')
  const capped = capGraphemes(normalized, maxGraphemes)
  return capped
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, (spaces) => NBSP.repeat(spaces.length)))
    .join('\n')
}

/**
 * Anything cleanUserText would change: line separators, tabs, controls, DEL, C1, unpaired
 * surrogates, and spaces at the start or end of a line.
 */
const NEEDS_CLEANING =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|^ | $| \n|\n /

/** Escapes already-cleaned plain text (see cleanUserText) into ASS event text. */
export function escapeCleanText(clean: string): string {
  return NEEDS_ESCAPING.test(clean) ? clean.replace(ESCAPABLE, (ch) => ESCAPES[ch]) : clean
}

const NEEDS_ESCAPING = /[\\{}\n]/
const ESCAPABLE = /[\\{}\n]/g
const ESCAPES: Record<string, string> = { '\\': `\\${WORD_JOINER}`, '{': '\\{', '}': '\\}', '\n': '\\N' }

/** User text → ASS event text that renders literally (one font; buildAss adds per-script fonts). */
export function escapeAssText(text: string, maxGraphemes = MAX_CUE_GRAPHEMES): string {
  return escapeCleanText(cleanUserText(text, maxGraphemes))
}

/**
 * A value for a comma-separated ASS field (Name, Fontname) or an override tag argument (\fn):
 * one line, no commas (field separator), no braces or backslashes (override syntax).
 */
export function sanitizeAssField(value: string): string {
  return cleanUserText(value, 200)
    .replace(/\n/g, ' ')
    .replace(/[,{}\\]/g, ' ')
    .replace(/\u00A0/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}

/** Created once: building a Segmenter costs far more than segmenting one cue. */
let graphemeSegmenter: Intl.Segmenter | null | undefined

function capGraphemes(text: string, max: number): string {
  if (text.length <= max) return text // a grapheme is at least one UTF-16 unit
  graphemeSegmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null
  const graphemes = graphemeSegmenter ? Array.from(graphemeSegmenter.segment(text), (s) => s.segment) : Array.from(text)
  if (graphemes.length <= max) return text
  return `${graphemes
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`
}

/** Replaces unpaired UTF-16 surrogates (which break UTF-8 encoding of the .ass file) with U+FFFD. */
function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}
