/**
 * Hashed text features for the kindness lint's statistical second opinion (see model.ts).
 *
 * Pure and environment-neutral (no node:*, no DOM), deterministic across runs and engines: the same
 * text always gives the same sorted sparse vector. Training (scripts/train-lint-model.ts,
 * scripts/train-functional-model.ts) calls `extractFeatures`, the scorer `dotFeatures` (the same numbers, no
 * allocation); any change here must bump FEATURE_SCHEME (models record the
 * scheme they were trained with and parseModel refuses a mismatch).
 *
 * Normalisation, in order:
 *   1. URLs → "xxurl", @mentions (an "@" that starts a token) → "xxuser";
 *   2. lower case; accents on Latin letters folded ("você" = "voce");
 *   3. tokens: emoji, and runs of letters/digits/@/$/apostrophes. In a run that holds a letter, l33t
 *      characters map to letters (0→o 1→i 3→e 4→a 5→s 7→t @→a $→s: "l0s3r" = "loser", "b@stard");
 *      a run with digits but no letter is a number → "xxnum"; apostrophes split words ("you're" =
 *      "you" "re"); a lone "rt" (retweet marker) → "xxrt";
 *   4. runs of 3+ equal letters squeezed to 2 ("stuuuupid" = "stuupid", "noooo" = "noo"); the same
 *      on the training side and the scoring side, which is what matters.
 * Features: word unigrams, word bigrams, and character 3–5-grams of each word padded as "<word>"
 * (never across words; not for placeholders or emoji). Each distinct feature string is hashed
 * (32-bit FNV-1a over UTF-16LE bytes, then the murmur3 finaliser) into 2^bits buckets, with a ±1
 * sign from the top hash bit (signed hashing, so collisions tend to cancel rather than add up).
 * Word features weigh WORD_WEIGHT, character grams 1; the vector is L2-normalised.
 */

export const FEATURE_SCHEME = 'kf-hash-v1'
export const MIN_BITS = 8
export const MAX_BITS = 18

/** Word (uni/bigram) features count this much relative to one character n-gram. */
const WORD_WEIGHT = 2
const CHAR_MIN = 3
const CHAR_MAX = 5
/** Longer inputs are cut: the lint scores caption lines, and this bounds the work per call. */
export const MAX_INPUT_CHARS = 2000

export interface SparseVector {
  /** Bucket indices, strictly increasing, each in [0, 2^bits). */
  indices: Int32Array
  /** Signed, L2-normalised values, aligned with `indices`. */
  values: Float32Array
}

const URL_RE = /(?:\bhttps?:\/\/|\bwww\.)\S+/giu
// An "@" that starts a token (start of text or after a non-word character) followed by a handle.
const MENTION_RE = /(^|[^\p{L}\p{N}_@$])@[\p{L}\p{N}_]+/gu
const TOKEN_RE = /(\p{Extended_Pictographic})|([\p{L}\p{M}\p{N}@$'’_]+)/gu
const HAS_LETTER = /\p{L}/u
const HAS_DIGIT = /\p{N}/u
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' }
const LEET_RE = /[013457@$]/g
const SQUEEZE_RE = /(\p{L})\1{2,}/gu
const PLACEHOLDERS = new Set(['xxurl', 'xxuser', 'xxrt', 'xxnum'])

function foldAccents(s: string): string {
  // Fold accents on Latin letters only (an Arabic hamza or a Devanagari vowel sign is part of the letter).
  return s
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
}

/** The normalised tokens of a text (exported for tests and for explaining a score). */
export function tokenize(text: string): string[] {
  let s = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text
  s = s.replace(URL_RE, ' xxurl ').replace(MENTION_RE, '$1 xxuser ')
  s = foldAccents(s.toLowerCase())
  const out: string[] = []
  for (const m of s.matchAll(TOKEN_RE)) {
    if (m[1] !== undefined) {
      out.push(m[1])
      continue
    }
    let run = m[2]
    if (HAS_LETTER.test(run)) {
      run = run.replace(LEET_RE, (c) => LEET[c] ?? c)
    } else {
      if (HAS_DIGIT.test(run)) out.push('xxnum')
      continue
    }
    run = run.replace(SQUEEZE_RE, '$1$1')
    for (const part of run.split(/['’_]+/)) {
      if (part === '') continue
      if (!HAS_LETTER.test(part)) {
        if (HAS_DIGIT.test(part)) out.push('xxnum')
        continue
      }
      out.push(part === 'rt' ? 'xxrt' : part)
    }
  }
  return out
}

/** One FNV-1a step over a UTF-16 code unit, low byte then high byte. */
const step = (h: number, c: number): number => {
  h ^= c & 0xff
  h = Math.imul(h, 0x01000193)
  h ^= c >>> 8
  return Math.imul(h, 0x01000193)
}
/** murmur3's fmix32 finaliser, unsigned. */
const fmix = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
const FNV_OFFSET = 0x811c9dc5
const streamed = (h: number, s: string): number => {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i))
  return h
}

/** 32-bit FNV-1a over the UTF-16LE bytes of `s`, finished with murmur3's fmix32. Unsigned. */
export const hash32 = (s: string): number => fmix(streamed(FNV_OFFSET, s))

/** Every distinct feature string of a text with its weight (before hashing). */
export function featureStrings(text: string): Map<string, number> {
  const tokens = tokenize(text)
  const feats = new Map<string, number>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    feats.set('w|' + t, WORD_WEIGHT)
    if (i > 0) feats.set('b|' + tokens[i - 1] + ' ' + t, WORD_WEIGHT)
    if (PLACEHOLDERS.has(t) || !HAS_LETTER.test(t)) continue
    const padded = '<' + t + '>'
    for (let n = CHAR_MIN; n <= CHAR_MAX; n++) {
      for (let j = 0; j + n <= padded.length; j++) feats.set('c|' + padded.slice(j, j + n), 1)
    }
  }
  return feats
}

function checkBits(bits: number): void {
  if (!Number.isInteger(bits) || bits < MIN_BITS || bits > MAX_BITS) {
    throw new Error(`feature bits must be an integer in ${MIN_BITS}..${MAX_BITS}, got ${bits}`)
  }
}

/** text → sorted sparse vector over 2^bits hashed buckets (signed, L2-normalised). */
export function extractFeatures(text: string, bits: number): SparseVector {
  checkBits(bits)
  const mask = (1 << bits) - 1
  const acc = new Map<number, number>()
  for (const [f, w] of featureStrings(text)) {
    const h = hash32(f)
    const idx = h & mask
    const v = h & 0x80000000 ? -w : w
    acc.set(idx, (acc.get(idx) ?? 0) + v)
  }
  const indices = [...acc.keys()].filter((k) => acc.get(k) !== 0).sort((a, b) => a - b)
  let norm = 0
  for (const k of indices) norm += acc.get(k)! ** 2
  norm = Math.sqrt(norm)
  const values = new Float32Array(indices.length)
  indices.forEach((k, i) => (values[i] = acc.get(k)! / norm))
  return { indices: Int32Array.from(indices), values }
}

// ---- the scoring fast path ----------------------------------------------------------------------
// The lint scores a sentence per call; building feature strings, a Map and a sorted vector per
// sentence cost ~55 µs, most of a 10,000-word lint. `dotFeatures` computes the same Σ weight × value
// without allocating strings: it streams the FNV-1a state over the characters of each feature,
// accumulates buckets in a reusable scratch array and sums them in bucket order, so its result is
// identical to `logit` over `extractFeatures` (tests/unit/lint/classifier.test.ts checks this).

const prefixState = (p: string): number => streamed(FNV_OFFSET, p)
const W_PREFIX = prefixState('w|')
const B_PREFIX = prefixState('b|')
const C_PREFIX = prefixState('c|')
const SPACE = 32
const OPEN = 60 // '<'
const CLOSE = 62 // '>'

interface Scratch {
  acc: Float64Array
  seen: Set<number>
  touched: number[]
}
const scratches = new Map<number, Scratch>()

/**
 * Σ weights[i] × x[i] for the L2-normalised hashed features x of `text` (the dot product `logit`
 * takes), without building the vector. Float32 rounding of the values is kept so scores match.
 */
export function dotFeatures(text: string, bits: number, weights: Int8Array): number {
  checkBits(bits)
  let scratch = scratches.get(bits)
  if (!scratch) scratches.set(bits, (scratch = { acc: new Float64Array(2 ** bits), seen: new Set(), touched: [] }))
  const { acc, seen, touched } = scratch
  const mask = (1 << bits) - 1
  const add = (h: number, w: number) => {
    h >>>= 0
    if (seen.has(h)) return
    seen.add(h)
    const idx = h & mask
    if (acc[idx] === 0) touched.push(idx)
    acc[idx] += h & 0x80000000 ? -w : w
  }
  const tokens = tokenize(text)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    add(fmix(streamed(W_PREFIX, t)), WORD_WEIGHT)
    if (i > 0) add(fmix(streamed(step(streamed(B_PREFIX, tokens[i - 1]), SPACE), t)), WORD_WEIGHT)
    if (PLACEHOLDERS.has(t) || !HAS_LETTER.test(t)) continue
    const n = t.length + 2
    const at = (j: number) => (j === 0 ? OPEN : j === n - 1 ? CLOSE : t.charCodeAt(j - 1))
    for (let j = 0; j + CHAR_MIN <= n; j++) {
      let h = C_PREFIX
      for (let k = 0; k < CHAR_MAX && j + k < n; k++) {
        h = step(h, at(j + k))
        if (k + 1 >= CHAR_MIN) add(fmix(h), 1)
      }
    }
  }
  // a bucket whose signed weights cancelled to 0 may sit in `touched` twice: sum each once
  touched.sort((a, b) => a - b)
  let norm = 0
  let last = -1
  for (const idx of touched) {
    if (idx === last) continue
    last = idx
    norm += acc[idx] ** 2
  }
  norm = Math.sqrt(norm)
  let dot = 0
  last = -1
  for (const idx of touched) {
    if (idx === last) continue
    last = idx
    if (acc[idx] !== 0) dot += weights[idx] * Math.fround(acc[idx] / norm)
    acc[idx] = 0
  }
  touched.length = 0
  seen.clear()
  return dot
}
