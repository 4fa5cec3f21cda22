import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** One case of a functional suite (tests/lint-functional/<locale>.tsv, see README.md). */
export interface SuiteCase {
  locale: string
  expect: 'flag' | 'ok'
  functionality: string
  text: string
  where: string
  /**
   * First suite: 'dev' cases may be read while improving the lint; 'test' cases were only counted
   * until 2026-12-07, when the second suite (tests/lint-heldout) took over as the never-read measure.
   * 'heldout': the second and third suites, which have no split (the second has been read since
   * 2026-12-07's second session; the third never is).
   */
  split: 'dev' | 'test' | 'heldout'
}

const DIR = fileURLToPath(new URL('.', import.meta.url))
export const SUITE_LOCALES = ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX'] as const

/** FNV-1a: a fixed, content-based split, so a case never moves between dev and test. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** 30 % of each suite is the development split; the other 70 % is never looked at case by case. */
export const splitOf = (locale: string, text: string): 'dev' | 'test' =>
  hash(`${locale}\u0000${text}`) % 10 < 3 ? 'dev' : 'test'

/**
 * The second suite, written apart from the rules and from the first suite (tests/lint-heldout/README.md).
 * Never read until the morning of 2026-12-07's second session; its misses have been read since.
 */
export const HELDOUT_DIR = join(DIR, '../lint-heldout')
/** The third suite (tests/lint-third/README.md): written 2026-12-07 apart from everything, never read. */
export const THIRD_DIR = join(DIR, '../lint-third')
/**
 * The fourth suite (tests/lint-fourth/README.md): written 2026-12-07 (third session) apart from
 * everything, never read; its totals were first measured the moment it arrived.
 */
export const FOURTH_DIR = join(DIR, '../lint-fourth')
/**
 * The fifth suite (tests/lint-fifth/README.md): written 2026-12-07 (fourth session) apart from
 * everything, never read; only its totals are seen (see its README for when).
 */
export const FIFTH_DIR = join(DIR, '../lint-fifth')
/**
 * The sixth suite (tests/lint-sixth/README.md): written 2026-12-07 (sixth session) apart from
 * everything, never read; only its totals are seen (see its README for when).
 */
export const SIXTH_DIR = join(DIR, '../lint-sixth')
/** Suites that are never read or trained on: only their totals are printed. */
/** The template probes never read (tests/lint-templates/README.md): never trained on either. */
export const TEMPLATES_HELDOUT_DIR = join(DIR, '../lint-templates/heldout')
export const NEVER_READ_DIRS: readonly string[] = [THIRD_DIR, FOURTH_DIR, FIFTH_DIR, SIXTH_DIR, TEMPLATES_HELDOUT_DIR]

export function loadSuites(dir = DIR): SuiteCase[] {
  const out: SuiteCase[] = []
  const heldout = dir !== DIR
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const locale = file.replace(/\.tsv$/, '')
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim() || line.startsWith('#')) return
        const [expect, functionality, ...rest] = line.split('\t')
        const text = rest.join('\t').trim()
        if ((expect !== 'flag' && expect !== 'ok') || !functionality || !text)
          throw new Error(`${file}:${i + 1}: malformed suite line`)
        out.push({
          locale,
          expect,
          functionality,
          text,
          where: `${file}:${i + 1}`,
          split: heldout ? 'heldout' : splitOf(locale, text)
        })
      })
  }
  return out
}

export interface Rates {
  flag: number
  caught: number
  ok: number
  falsePositives: number
  recall: number
  fpr: number
  precision: number
}

export function rates(cases: readonly SuiteCase[], flagged: (c: SuiteCase) => boolean): Rates {
  let flag = 0
  let caught = 0
  let ok = 0
  let fp = 0
  for (const c of cases) {
    const f = flagged(c)
    if (c.expect === 'flag') {
      flag++
      if (f) caught++
    } else {
      ok++
      if (f) fp++
    }
  }
  return {
    flag,
    caught,
    ok,
    falsePositives: fp,
    recall: flag ? caught / flag : 1,
    fpr: ok ? fp / ok : 0,
    precision: caught + fp ? caught / (caught + fp) : 1
  }
}
