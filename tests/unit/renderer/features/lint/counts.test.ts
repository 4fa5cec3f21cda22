import { expect, it } from 'vitest'
import { lintText } from '../../../../../src/shared/lint'
import { countByCategory } from '../../../../../src/renderer/src/features/lint/counts'

it('counts real lint findings by category', () => {
  const issues = lintText('You are such a loser.\nNobody likes you, loser.', { locale: 'en' })
  const byCategory = countByCategory(issues)
  expect(byCategory.reduce((n, c) => n + c.count, 0)).toBe(issues.length)
  expect(byCategory.find((c) => c.category === 'insult')?.count).toBeGreaterThanOrEqual(2)
})

it('orders by count then name', () => {
  const mk = (category: string) => ({ category }) as never
  expect(countByCategory([mk('insult'), mk('body'), mk('insult'), mk('ableist')])).toEqual([
    { category: 'insult', count: 2 },
    { category: 'ableist', count: 1 },
    { category: 'body', count: 1 }
  ])
})
