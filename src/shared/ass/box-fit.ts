/**
 * How much to squeeze a script run vertically so that libass's BorderStyle 3 box fits its glyphs.
 *
 * WHY: libass (0.17) draws the box of a glyph from the font's usWinAscent + usWinDescent, which it also
 * scales to the font size, so the box is always the full line height whatever the glyphs are. Arabic
 * runs are drawn at runScale 143 % (script-runs.ts) so their letters look as big as Latin ones, which
 * makes their box 1.43× as tall as a Latin box while the letters fill only about half of it (measured
 * on frames from the shipped Black faces at size 200 with \pos, box vs ink rows:
 * "كلمات لطيفة أيضًا" 0.53, "في" 0.51, "مرحبا" 0.46, "ءادم" 0.52; Latin "Words Jy" 0.65).
 *
 * The current word's box is drawn by an invisible twin of the caption (caption-events.ts). Scaling only
 * the twin's current-word run with `\fscy` (never `\fscx`) keeps every advance, so the word stays where
 * the visible text has it, and keeps the baseline (the hidden words around it still set the line's
 * height); the squeezed glyphs are invisible, only their box shows.
 *
 * 0.6 was chosen on frames (Highlight, 960 px high, box padding 18 %): at 1 the Arabic box was 124 px
 * against 66 px for a Latin word; at 0.7 a word with a mark above a tall letter ("أيضًا") still had a
 * box taller than the Latin one; at 0.5 the box no longer covered the descenders of "الجميع"; at 0.6
 * every word of two Arabic lines is covered and no box is taller than the Latin box.
 * Known limit: a current word alone on its line sets that line's height itself, so the squeeze can
 * move its box a little; the fitted look holds for words that share a line.
 * tests/services/ass/caption-highlight.test.ts measures it on frames.
 */
const BOX_FIT: Record<string, number> = {
  'Noto Sans Arabic': 0.6
}

/** Vertical scale (1 = unchanged) for the box twin of a run in `family`. */
export function boxFitScale(family: string): number {
  return BOX_FIT[family] ?? 1
}
