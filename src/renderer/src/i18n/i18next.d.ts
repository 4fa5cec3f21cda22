import 'i18next'
import type common from '../../../../locales/en/common.json'
import type editor from '../../../../locales/en/editor.json'

/**
 * Translation keys are typed from the English files (the source of truth every other locale is
 * checked against by tests/unit/renderer/i18n/locales.test.ts): `t('no.such.key')` or `t('editor:typo')` is
 * a type error, so a missing key fails `tsc` (and therefore `npm test`) instead of showing the raw
 * key in the studio. Add a namespace here when you add locales/en/<namespace>.json.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      editor: typeof editor
    }
    returnNull: false
    strictKeyChecks: true
  }
}
