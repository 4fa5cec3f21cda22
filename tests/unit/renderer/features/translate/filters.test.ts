import { expect, it } from 'vitest'
import { filterCueIds } from '../../../../../src/renderer/src/features/translate/filters'

const status = { a: 'done', b: 'missing', c: 'outdated', d: 'draft', e: 'missing' } as const
const statusOf = (id: string) => status[id as keyof typeof status]

it.each([
  ['all', ['a', 'b', 'c', 'd', 'e']],
  ['missing', ['b', 'e']],
  ['outdated', ['c']],
  ['issues', ['a', 'd']]
] as const)('filter %s', (filter, expected) => {
  expect(filterCueIds(['a', 'b', 'c', 'd', 'e'], filter, statusOf, new Set(['d', 'a']))).toEqual(expected)
})
