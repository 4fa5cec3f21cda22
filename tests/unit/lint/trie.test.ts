import { describe, expect, it } from 'vitest'
import { PhraseTrie } from '../../../src/shared/lint/trie'
import { tokenize } from '../../../src/shared/lint/tokenize'

// addLazily builds nodes only when a match walks there; it must match exactly like add().
describe('PhraseTrie.addLazily', () => {
  const WORDS = ['you', 'are', 're', 'so', 'a', 'loser', 'dumb', '*', 'not']
  let seed = 7
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
  const phrases = Array.from({ length: 400 }, () => {
    const words = ['you', ...Array.from({ length: random(4) }, () => WORDS[random(WORDS.length)])]
    while (words.at(-1) === '*') words.pop()
    return words
  })
  const texts = [
    'you are so dumb',
    'you re a loser',
    'you you are not a loser',
    'you',
    'you so so dumb loser',
    'are you'
  ]

  const matches = (trie: PhraseTrie<number>, text: string) => {
    const tokens = tokenize(text, new Set())
    return tokens.map((_, i) => trie.matchAt(tokens, i).map((m) => [m.value, m.first, m.last]))
  }

  it('gives the same matches, in the same order, as add(), also when both are mixed', () => {
    const eager = new PhraseTrie<number>()
    const lazy = new PhraseTrie<number>()
    const mixed = new PhraseTrie<number>()
    phrases.forEach((p, i) => {
      eager.add(p, i)
      lazy.addLazily(p[0], p.slice(1).join(' '), i)
      // the first phrase is lazy, so add() later meets nodes that are still pending
      if (i % 3 === 1) mixed.add(p, i)
      else mixed.addLazily(p[0], p.slice(1).join(' '), i)
      // matching in between splits some nodes of `lazy` and `mixed` before the rest arrive
      if (i === 200)
        for (const t of texts) {
          matches(lazy, t)
          matches(mixed, t)
        }
    })
    for (const t of texts) {
      expect(matches(lazy, t), t).toEqual(matches(eager, t))
      expect(matches(mixed, t), t).toEqual(matches(eager, t))
    }
    expect(lazy.size).toBe(eager.size)
  })
})
