import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packSource } from '../../../src/shared/lint/analysis/lexicon-source'
import { compileLexicon } from '../../../src/shared/lint/analysis/lexicon'

const dir = join(import.meta.dirname, '../../../src/shared/lint/lexicon')
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as unknown

// The engine reads lexicon/packed/*.json; people edit lexicon/*.json. A pack older than its source
// would lint with yesterday's words, silently: this is where that gets caught.
describe.each(['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX'])('lexicon %s', (locale) => {
  it('packed file is what `npm run lint:pack` makes from the source today', () => {
    const result = packSource(read(`${locale}.json`), `${locale}.json`)
    if ('problem' in result) throw new Error(result.problem)
    const packed = read(`packed/${locale}.json`)
    expect((packed as { source: string }).source, `packed/${locale}.json is stale: run npm run lint:pack`).toBe(
      result.pack.source
    )
    expect(packed).toEqual(JSON.parse(JSON.stringify(result.pack)))
  })

  it('loads without problems, with every phrase of the source reachable', () => {
    const lex = compileLexicon(locale)
    expect(lex.problems).toEqual([])
    expect(lex.known.size).toBeGreaterThan(2000)
    expect(lex.hotFirst.size).toBeGreaterThan(500)
  })
})
