import {
  DATA_LOCALES,
  dataDir,
  loadLocale,
  stratifiedSample,
  type DataLocale,
  type LabelledText
} from '../lint-data/realtext'

/**
 * The real-text sample of a locale, or why there is none: by default from the held-out test split
 * (never used for training, tuning or design choices); `split: 'dev'` for development decisions.
 */
export function loadRealTextSample(locale: string, split: 'test' | 'dev' = 'test'): LabelledText[] | string {
  if (!(DATA_LOCALES as string[]).includes(locale)) return 'no licence-clean labelled data (see docs/lint.md)'
  const loaded = loadLocale(locale as DataLocale)
  if (!loaded) return `data not prepared in ${dataDir()} (scripts/lint-data/prepare.sh)`
  return stratifiedSample(
    loaded.rows.filter((r) => r.split === split).map(({ text, label, source }) => ({ text, label, source }))
  )
}
