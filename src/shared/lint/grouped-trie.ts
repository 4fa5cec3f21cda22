import { PhraseTrie, type TrieMatch } from './trie'
import type { Token } from './tokenize'

interface Group<T> {
  phrases: [string[], T][]
  trie?: PhraseTrie<T>
}

/**
 * A phrase index that builds its trie one first word at a time, when a text first uses that word.
 * The v2 lexicons hold ~20,000–40,000 phrases per locale; building every trie node up front cost
 * ~100 ms per locale on the first lint, while a script touches a few hundred first words.
 * Same matching as PhraseTrie (longest first; token forms tried too).
 */
export class GroupedPhraseIndex<T> {
  private readonly groups = new Map<string, Group<T>>()
  size = 0

  add(sequence: string[], value: T): void {
    const head = sequence[0]
    let g = this.groups.get(head)
    if (!g) this.groups.set(head, (g = { phrases: [] }))
    g.phrases.push([sequence, value])
    if (g.trie) g.trie.add(sequence, value)
    this.size++
  }

  private trieFor(word: string): PhraseTrie<T> | undefined {
    const g = this.groups.get(word)
    if (!g) return undefined
    if (!g.trie) {
      g.trie = new PhraseTrie<T>()
      for (const [seq, value] of g.phrases) g.trie.add(seq, value)
    }
    return g.trie
  }

  matchAt(tokens: readonly Token[], first: number, limit = tokens.length): TrieMatch<T>[] {
    const head = tokens[first]
    const direct = this.trieFor(head.norm)
    let out = direct ? direct.matchAt(tokens, first, limit) : []
    for (const form of head.forms) {
      if (form === head.norm) continue
      const t = this.trieFor(form)
      if (t) out = out.concat(t.matchAt(tokens, first, limit))
    }
    return out.length > 1 ? out.sort((a, b) => b.last - a.last) : out
  }
}
