/**
 * Second half of `npm run lint:pack` — writes src/shared/lint/rules/packed/<locale>.json from the
 * hand-written rules/<locale>/*.json and the cuss list (format and why: src/shared/lint/rule-pack.ts).
 * Run it after editing a rule file; a test fails while a pack is older than its sources. A malformed
 * rule file stops here, with the file and the entry.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { packRules, RULE_LOCALES } from '../../src/shared/lint/rule-pack-build'

const dir = resolve(import.meta.dirname, '../../src/shared/lint/rules/packed')
mkdirSync(dir, { recursive: true })

let failed = false
for (const locale of RULE_LOCALES) {
  let pack
  try {
    pack = packRules(locale)
  } catch (e) {
    console.error((e as Error).message)
    failed = true
    continue
  }
  const target = join(dir, `${locale}.json`)
  // temp-then-rename: an interrupted run never leaves a half-written pack for the engine to read
  writeFileSync(`${target}.tmp`, JSON.stringify(pack) + '\n')
  renameSync(`${target}.tmp`, target)
  const sequences = (p: { groups: Record<string, string> }) =>
    Object.values(p.groups).reduce((n, g) => n + g.split('|').length, 0)
  console.log(
    `${locale}: ${pack.rules.values.length} rules, ${sequences(pack.rules)} sequences` +
      (pack.cuss ? `; cuss ${pack.cuss.values.length} words` : '') +
      ` → ${target}`
  )
}
process.exit(failed ? 1 : 0)
