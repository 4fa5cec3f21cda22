/**
 * Pseudo-localization (en-XA): accented letters, ~40% longer, wrapped in brackets. Untranslated or
 * hard-coded text stands out, and layouts that cannot take longer strings break visibly.
 * `{{placeholders}}` and `<0>tags</0>` are left intact so interpolation still works.
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž'
}

const PROTECTED = /(\{\{[^}]*\}\}|<\/?\d+\/?>|\$t\([^)]*\))/

export const PSEUDO_LOCALE = 'en-XA'

export function pseudoLocalize(text: string): string {
  let letters = 0
  const body = text
    .split(PROTECTED)
    .map((part, i) => {
      if (i % 2 === 1) return part
      return part.replace(/[A-Za-z]/g, (ch) => {
        letters++
        return ACCENTS[ch] ?? ch
      })
    })
    .join('')
  // Pad with a filler of ~40% of the letter count (at least one), like real translations often are.
  const pad = '~'.repeat(Math.max(1, Math.round(letters * 0.4)))
  return `[${body} ${pad}]`
}

type Tree = { [key: string]: string | Tree }

export function pseudoLocalizeTree(tree: Tree): Tree {
  const out: Tree = {}
  for (const [k, v] of Object.entries(tree)) out[k] = typeof v === 'string' ? pseudoLocalize(v) : pseudoLocalizeTree(v)
  return out
}
