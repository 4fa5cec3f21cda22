/**
 * Real-text data for the kindness lint's statistical model: loading, label mapping and the one split
 * rule shared by training (scripts/train-lint-model.ts) and evaluation (npm run eval:lint).
 *
 * The data is never in this repository. `bash scripts/lint-data/prepare.sh` extracts it from local
 * git mirrors into KINDFRAME_LINT_DATA_DIR (default /work/.lint-data):
 *   davidson/labeled_data.csv   t-davidson/hate-speech-and-offensive-language (MIT)      → en
 *   hatexplain/dataset.json     punyajoy/HateXplain (MIT), optional                      → en
 *   told-br/ToLD-BR.csv         JAugusto97/ToLD-Br (CC-BY-SA 4.0)                        → pt-BR
 *
 * Labels (1 = abusive/offensive toward people, 0 = not):
 *   Davidson   majority class ("class" column): hate speech or offensive → 1, neither → 0.
 *   HateXplain majority of the 3 annotators: hatespeech or offensive → 1, normal → 0; no majority → dropped.
 *   ToLD-Br    each of 6 columns (homophobia, obscene, insult, racism, misogyny, xenophobia) counts how
 *              many of the 3 annotators flagged that type; votes = sum over the 6 columns.
 *              votes ≥ 2 → 1, votes = 0 → 0, votes = 1 (a single flag from a single annotator) → dropped.
 *
 * Split: by a hash of the text's split key (lower-cased, URLs/mentions/"RT"/punctuation removed), so
 * retweets and copies of one text always land in the same part: bucket 0 of 10 → test (held out: never
 * used for training or tuning), bucket 1 → dev (threshold selection), buckets 2–9 → train.
 * Rows whose key is empty (nothing but mentions/links) are dropped.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hash32 } from '../../src/shared/lint/classifier/features'

export type DataLocale = 'en' | 'pt-BR'
export const DATA_LOCALES: DataLocale[] = ['en', 'pt-BR']
export type Split = 'train' | 'dev' | 'test'

export interface LabelledText {
  text: string
  label: 0 | 1
  source: string
}
export interface SplitRow extends LabelledText {
  split: Split
}

export const DEFAULT_DATA_DIR = '/work/.lint-data'
export const dataDir = (): string => process.env.KINDFRAME_LINT_DATA_DIR || DEFAULT_DATA_DIR

export const SOURCES = {
  davidson: {
    id: 'davidson',
    locale: 'en' as DataLocale,
    file: 'davidson/labeled_data.csv',
    required: true,
    repo: 'https://github.com/t-davidson/hate-speech-and-offensive-language',
    path: 'data/labeled_data.csv',
    licence: 'MIT (LICENSE, Copyright (c) 2017 Tom Davidson)',
    citation:
      'Davidson, Warmsley, Macy, Weber. 2017. Automated Hate Speech Detection and the Problem of Offensive Language. ICWSM.'
  },
  hatexplain: {
    id: 'hatexplain',
    locale: 'en' as DataLocale,
    file: 'hatexplain/dataset.json',
    required: false,
    repo: 'https://github.com/punyajoy/HateXplain',
    path: 'Data/dataset.json',
    licence: 'MIT (LICENSE, Copyright (c) 2020 Punyajoy Saha)',
    citation: 'Mathew et al. 2021. HateXplain: A Benchmark Dataset for Explainable Hate Speech Detection. AAAI.'
  },
  toldbr: {
    id: 'told-br',
    locale: 'pt-BR' as DataLocale,
    file: 'told-br/ToLD-BR.csv',
    required: true,
    repo: 'https://github.com/JAugusto97/ToLD-Br',
    path: 'ToLD-BR.csv',
    licence: 'CC-BY-SA 4.0 (LICENSE_ToLD-Br.txt)',
    citation:
      'Leite, Silva, Bontcheva, Scarton. 2020. Toxic Language Detection in Social Media for Brazilian Portuguese: New Dataset and Multilingual Analysis. AACL-IJCNLP.'
  }
} as const
export type SourceId = keyof typeof SOURCES
export const sourcesFor = (locale: DataLocale): SourceId[] =>
  (Object.keys(SOURCES) as SourceId[]).filter((k) => SOURCES[k].locale === locale)

// ---------------------------------------------------------------- split (shared by train and eval)

export const SPLIT_SALT = 'kindframe-lint-split-v1'

/** What the split hash sees: case, links, mentions, the RT marker and punctuation do not count. */
export function splitKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?:\bhttps?:\/\/|\bwww\.)\S+/gu, ' ')
    .replace(/@[\p{L}\p{N}_]+/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(^| )rt(?= |$)/gu, ' ')
    .replace(/ +/g, ' ')
    .trim()
}

/** 10% test (bucket 0), 10% dev (bucket 1), 80% train; null when the text has no usable key. */
export function splitOf(text: string): Split | null {
  const key = splitKey(text)
  if (key === '') return null
  const bucket = hash32(SPLIT_SALT + '|' + key) % 10
  return bucket === 0 ? 'test' : bucket === 1 ? 'dev' : 'train'
}

// ---------------------------------------------------------------- parsing

/** RFC 4180 CSV (quoted fields, doubled quotes, CR/LF inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0
  for (; i < src.length; i++) {
    const c = src[i]
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
/** Davidson's tweets carry HTML entities ("&amp;", "&#128514;" for emoji). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m
    }
    return ENTITIES[e.toLowerCase()] ?? m
  })
}

function header(rows: string[][], file: string, want: string[]): Record<string, number> {
  const h = rows[0] ?? []
  const at: Record<string, number> = {}
  for (const w of want) {
    const i = h.indexOf(w)
    if (i < 0) throw new Error(`${file}: column "${w}" not found (header: ${h.join(',')})`)
    at[w] = i
  }
  return at
}

export interface LoadStats {
  rows: number
  kept: number
  dropped: Record<string, number>
}

function loadDavidson(path: string, stats: LoadStats): LabelledText[] {
  const rows = parseCsv(readFileSync(path, 'utf8'))
  const at = header(rows, path, ['class', 'tweet'])
  const out: LabelledText[] = []
  for (const r of rows.slice(1)) {
    if (r.length < 2) continue
    stats.rows++
    const cls = r[at.class]
    const text = decodeEntities(r[at.tweet] ?? '').trim()
    if (cls !== '0' && cls !== '1' && cls !== '2') {
      stats.dropped['bad class'] = (stats.dropped['bad class'] ?? 0) + 1
      continue
    }
    out.push({ text, label: cls === '2' ? 0 : 1, source: 'davidson' })
  }
  return out
}

function loadHateXplain(path: string, stats: LoadStats): LabelledText[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<
    string,
    { annotators?: { label?: string }[]; post_tokens?: string[] }
  >
  const out: LabelledText[] = []
  for (const post of Object.values(data)) {
    stats.rows++
    const votes: Record<string, number> = {}
    for (const a of post.annotators ?? []) if (a.label) votes[a.label] = (votes[a.label] ?? 0) + 1
    const n = (post.annotators ?? []).length
    const top = Object.entries(votes).sort((a, b) => b[1] - a[1])[0]
    if (!top || top[1] * 2 <= n) {
      stats.dropped['no majority'] = (stats.dropped['no majority'] ?? 0) + 1
      continue
    }
    const text = (post.post_tokens ?? [])
      .join(' ')
      .replace(/<user>/g, '@user')
      .replace(/<url>/g, 'http://url')
      .trim()
    const label = top[0] === 'normal' ? 0 : top[0] === 'hatespeech' || top[0] === 'offensive' ? 1 : null
    if (label === null) {
      stats.dropped['unknown label'] = (stats.dropped['unknown label'] ?? 0) + 1
      continue
    }
    out.push({ text, label, source: 'hatexplain' })
  }
  return out
}

export const TOLD_CATEGORIES = ['homophobia', 'obscene', 'insult', 'racism', 'misogyny', 'xenophobia'] as const
/** ToLD-Br: total flags over the six categories at or above this → 1; exactly 0 → 0; in between → dropped. */
export const TOLD_MIN_VOTES = 2

function loadToldBr(path: string, stats: LoadStats): LabelledText[] {
  const rows = parseCsv(readFileSync(path, 'utf8'))
  const at = header(rows, path, ['text', ...TOLD_CATEGORIES])
  const out: LabelledText[] = []
  for (const r of rows.slice(1)) {
    if (r.length < 2) continue
    stats.rows++
    let votes = 0
    for (const c of TOLD_CATEGORIES) votes += Number(r[at[c]]) || 0
    if (votes > 0 && votes < TOLD_MIN_VOTES) {
      stats.dropped['ambiguous (1 vote)'] = (stats.dropped['ambiguous (1 vote)'] ?? 0) + 1
      continue
    }
    out.push({ text: (r[at.text] ?? '').trim(), label: votes >= TOLD_MIN_VOTES ? 1 : 0, source: 'told-br' })
  }
  return out
}

const LOADERS: Record<SourceId, (path: string, stats: LoadStats) => LabelledText[]> = {
  davidson: loadDavidson,
  hatexplain: loadHateXplain,
  toldbr: loadToldBr
}

export interface LoadedLocale {
  locale: DataLocale
  rows: SplitRow[]
  stats: Record<string, LoadStats>
  /** Sources whose file was present and used. */
  used: SourceId[]
  /** Optional sources whose file was absent. */
  missing: SourceId[]
}

/** Every labelled row of a locale with its split, or null (and a message) when required data is absent. */
export function loadLocale(locale: DataLocale, dir = dataDir()): LoadedLocale | null {
  const ids = sourcesFor(locale)
  const absent = ids.filter((id) => SOURCES[id].required && !existsSync(join(dir, SOURCES[id].file)))
  if (absent.length) {
    console.warn(
      `real-text data for ${locale} is not available: ${absent.map((id) => join(dir, SOURCES[id].file)).join(', ')} not found. ` +
        `Run "bash scripts/lint-data/prepare.sh" (see its header) or set KINDFRAME_LINT_DATA_DIR.`
    )
    return null
  }
  const rows: SplitRow[] = []
  const stats: Record<string, LoadStats> = {}
  const used: SourceId[] = []
  const missing: SourceId[] = []
  for (const id of ids) {
    const path = join(dir, SOURCES[id].file)
    if (!existsSync(path)) {
      missing.push(id)
      continue
    }
    used.push(id)
    const st: LoadStats = { rows: 0, kept: 0, dropped: {} }
    for (const r of LOADERS[id](path, st)) {
      const split = splitOf(r.text)
      if (split === null) {
        st.dropped['empty after removing links/mentions'] = (st.dropped['empty after removing links/mentions'] ?? 0) + 1
        continue
      }
      st.kept++
      rows.push({ ...r, split })
    }
    stats[id] = st
  }
  return { locale, rows, stats, used, missing }
}

/**
 * The held-out real-text test split of a locale (10%, never used for training or tuning), or null
 * with a message on stderr when the data folder is absent.
 */
export function loadRealText(locale: DataLocale): LabelledText[] | null {
  const loaded = loadLocale(locale)
  if (!loaded) return null
  return loaded.rows.filter((r) => r.split === 'test').map(({ text, label, source }) => ({ text, label, source }))
}

/** mulberry32: small seeded PRNG, deterministic across platforms. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffleInPlace<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[xs[i], xs[j]] = [xs[j], xs[i]]
  }
  return xs
}

export interface SampleOptions {
  /** Lines per locale (default 600); the whole test split when it is smaller. */
  size?: number
  seed?: number
  /**
   * 'proportional' (default): strata (source × label) keep their share of the test split.
   * 'balanced': half label 1, half label 0 (each half proportional over sources).
   */
  balance?: 'proportional' | 'balanced'
}
export const DEFAULT_SAMPLE_SIZE = 600
export const DEFAULT_SAMPLE_SEED = 20261207

/** Largest-remainder allocation of `total` over strata of the given sizes (never above a stratum's size). */
function allocate(sizes: number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0)
  if (sum <= total) return sizes.slice()
  const raw = sizes.map((s) => (s * total) / sum)
  const k = raw.map(Math.floor)
  let left = total - k.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left <= 0) break
    if (k[i] < sizes[i]) {
      k[i]++
      left--
    }
  }
  return k
}

/**
 * A fixed-size, seeded, stratified sample of the held-out test split (for npm run eval:lint:
 * "real-text sample, kept out of training"). Same inputs → same lines in the same order.
 */
export function sampleRealText(locale: DataLocale, opts: SampleOptions = {}): LabelledText[] | null {
  const test = loadRealText(locale)
  if (!test) return null
  return stratifiedSample(test, opts)
}

export function stratifiedSample(rows: LabelledText[], opts: SampleOptions = {}): LabelledText[] {
  const size = opts.size ?? DEFAULT_SAMPLE_SIZE
  const seed = opts.seed ?? DEFAULT_SAMPLE_SEED
  const strata = new Map<string, LabelledText[]>()
  for (const r of rows) {
    const k = `${r.label}|${r.source}`
    if (!strata.has(k)) strata.set(k, [])
    strata.get(k)!.push(r)
  }
  const keys = [...strata.keys()].sort()
  let quota: number[]
  if (opts.balance === 'balanced') {
    quota = new Array(keys.length).fill(0)
    for (const label of ['0', '1']) {
      const idx = keys.map((k, i) => (k.startsWith(label + '|') ? i : -1)).filter((i) => i >= 0)
      const q = allocate(
        idx.map((i) => strata.get(keys[i])!.length),
        Math.floor(size / 2) + (label === '1' ? size % 2 : 0)
      )
      idx.forEach((i, j) => (quota[i] = q[j]))
    }
  } else
    quota = allocate(
      keys.map((k) => strata.get(k)!.length),
      size
    )
  const picked: LabelledText[] = []
  keys.forEach((k, i) => {
    const pool = strata.get(k)!.slice()
    shuffleInPlace(pool, mulberry32(seed ^ hash32(k)))
    picked.push(...pool.slice(0, quota[i]))
  })
  return shuffleInPlace(picked, mulberry32(seed))
}
