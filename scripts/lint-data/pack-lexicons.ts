/**
 * First half of `npm run lint:pack` (the second is pack-rules.ts) — writes
 * src/shared/lint/lexicon/packed/<locale>.json from the hand-written
 * src/shared/lint/lexicon/<locale>.json (format: docs/lint-lexicon.md; why packed:
 * src/shared/lint/analysis/lexicon-pack.ts). Run it after editing a lexicon; a test fails while a
 * packed file is older than its source. A malformed source stops here, with the file and the field.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { packSource } from '../../src/shared/lint/analysis/lexicon-source'

const dir = resolve(import.meta.dirname, '../../src/shared/lint/lexicon')
const LOCALES = ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX']

let failed = false
for (const locale of LOCALES) {
  const file = join(dir, `${locale}.json`)
  const result = packSource(JSON.parse(readFileSync(file, 'utf8')), `${locale}.json`)
  if ('problem' in result) {
    console.error(result.problem)
    failed = true
    continue
  }
  const target = join(dir, 'packed', `${locale}.json`)
  // temp-then-rename: an interrupted run never leaves a half-written pack for the engine to read
  writeFileSync(`${target}.tmp`, JSON.stringify(result.pack) + '\n')
  renameSync(`${target}.tmp`, target)
  console.log(
    `${locale}: ${Object.keys(result.pack.groups).length} first words, ${result.pack.entries.length} roles → ${target}`
  )
}
process.exit(failed ? 1 : 0)
