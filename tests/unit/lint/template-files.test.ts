import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fillTemplate, TemplateFile } from '../../lint-templates/templates'

const DIR = fileURLToPath(new URL('../../lint-templates/', import.meta.url))

// Shape only: the heldout files are never printed (a failure reports counts, not lines).
describe.each(['dev', 'dev2', 'dev3', 'heldout'])('template probes, %s', (set) => {
  it.each(['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX'])('%s parses and every template fills', (locale) => {
    const spec = TemplateFile.parse(JSON.parse(readFileSync(`${DIR}${set}/${locale}.json`, 'utf8')))
    expect(spec.groups.length).toBeGreaterThanOrEqual(35)
    expect(spec.flag.length).toBeGreaterThanOrEqual(90)
    expect(spec.ok.length).toBeGreaterThanOrEqual(70)
    let unfilled = 0
    for (const t of [...spec.flag, ...spec.ok])
      for (const g of spec.groups) if (/\{[A-Za-z^]+\}/.test(fillTemplate(t, g))) unfilled++
    expect(unfilled).toBe(0)
  })
})
