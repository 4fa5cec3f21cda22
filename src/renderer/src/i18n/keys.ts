import type { ParseKeys } from 'i18next'

/**
 * Translation keys as types, derived from the English locale files (see i18next.d.ts). Use them for
 * key tables (`Record<FitMode, CommonKey>`) and for keys passed around as data (action labels), so a
 * key that is built or looked up instead of written inline at `t('…')` is still checked by tsc.
 */

/** A key of the default `common` namespace (the shell): 'topbar.save'. */
export type CommonKey = ParseKeys<'common'>

/** A key of the `editor` namespace (the editors): 'lint.severity.error'. */
export type EditorKey = ParseKeys<'editor'>

/**
 * A key as a `t` from `useTranslation(['common', 'editor'])` takes it: a plain key is `common`,
 * 'editor:…' reaches the editors' namespace (as action labels do).
 */
export type AppKey = ParseKeys<['common', 'editor']>

/**
 * Checks a key table once, where it is written, and keeps its literal keys:
 * `const KEYS = keyTable<EditorKey>()({ a: 'lint.x' })`. Missing or misspelled keys fail to compile.
 */
export const keyTable =
  <K extends string>() =>
  <T extends Record<string, K>>(table: T): T =>
    table
