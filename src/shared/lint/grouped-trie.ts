import { PhraseTrie, type TrieMatch } from './trie'
import type { Token } from './tokenize'

/**
 * Phrases sharing a first word, packed as "rest of phrase:value index|…" (analysis/lexicon-pack.ts,
 * rule-pack-build.ts). Words hold no space or bar; a "*" word matches any one word.
 */
export interface PackedGroup<T> {
  packed: string
  values: readonly T[]
  /** Whole phrases (first word included) to leave out, e.g. another locale's ordinary words. */
  skip?: ReadonlySet<string>
}

interface Group<T> {
  sources: PackedGroup<T>[]
  trie?: PhraseTrie<T>
}

/**
 * A phrase index that builds its trie one first word at a time, when a text first uses that word.
 * The v2 lexicons hold ~15,000–25,000 phrases per locale, the v1 rule packs up to ~25,000 expanded
 * sequences, and a script touches a few hundred first words, so building every trie node up front
 * (or even splitting every phrase) is wasted work on the first lint. Same matching as PhraseTrie
 * (longest first; token forms tried too). No phrase starts with "*" (pattern.ts refuses it), so every
 * phrase has a first word to be grouped by.
 */
export class GroupedPhraseIndex<T> {
  private readonly groups = new Map<string, Group<T>>()

  /** Adds packed phrases under their first word; groups for one word keep the order they were added in. */
  addPacked(head: string, group: PackedGroup<T>): void {
    const g = this.groups.get(head)
    if (!g) this.groups.set(head, { sources: [group] })
    else {
      g.sources.push(group)
      if (g.trie) addGroup(g.trie, head, group)
    }
  }

  private trieFor(word: string): PhraseTrie<T> | undefined {
    const g = this.groups.get(word)
    if (!g) return undefined
    if (!g.trie) {
      g.trie = new PhraseTrie<T>()
      for (const source of g.sources) addGroup(g.trie, word, source)
    }
    return g.trie
  }

  matchAt(
    tokens: readonly Token[],
    first: number,
    limit = tokens.length,
    fillers?: ReadonlySet<string>
  ): TrieMatch<T>[] {
    const head = tokens[first]
    const direct = this.trieFor(head.norm)
    let out = direct ? direct.matchAt(tokens, first, limit, fillers) : []
    for (const form of head.forms) {
      if (form === head.norm) continue
      const t = this.trieFor(form)
      if (t) out = out.concat(t.matchAt(tokens, first, limit, fillers))
    }
    return out.length > 1 ? out.sort((a, b) => b.last - a.last) : out
  }
}

function addGroup<T>(trie: PhraseTrie<T>, head: string, { packed, values, skip }: PackedGroup<T>): void {
  for (const item of packed.split('|')) {
    const colon = item.lastIndexOf(':')
    const rest = item.slice(0, colon)
    if (skip?.size && skip.has(rest ? `${head} ${rest}` : head)) continue
    const value = values[Number(item.slice(colon + 1))]
    if (value !== undefined) trie.addLazily(head, rest, value)
  }
}
