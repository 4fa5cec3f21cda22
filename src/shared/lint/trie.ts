import { ANY, type Sequence } from './pattern'
import type { Token } from './tokenize'

const NO_MATCHES: readonly never[] = Object.freeze([])

interface Node<T> {
  /** Created with the first child: most nodes end a phrase and have none (a locale pack has ~20,000). */
  next?: Map<string, Node<T>>
  any?: Node<T>
  ends?: T[]
}

export interface TrieMatch<T> {
  value: T
  /** Token indexes, inclusive. */
  first: number
  last: number
  obfuscated: boolean
}

/** Word-sequence trie: matching is O(tokens × phrase length), whatever the number of rules. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map() }
  readonly vocabulary = new Set<string>()
  size = 0

  add(sequence: Sequence, value: T): void {
    let node = this.root
    for (const word of sequence) {
      if (word === ANY) {
        node = node.any ??= {}
        continue
      }
      const next = (node.next ??= new Map())
      let child = next.get(word)
      if (!child) {
        next.set(word, (child = {}))
        // Every word is some node's child key, so the vocabulary only grows with new nodes.
        this.vocabulary.add(word)
      }
      node = child
    }
    ;(node.ends ??= []).push(value)
    this.size++
  }

  /** All phrases starting at token `first`, longest first. */
  matchAt(tokens: readonly Token[], first: number, limit = tokens.length): TrieMatch<T>[] {
    // Fast path (most words start no phrase): no allocation.
    const roots = this.root.next!
    const head = tokens[first]
    if (!roots.has(head.norm) && !someIn(roots, head.forms)) return NO_MATCHES as unknown as TrieMatch<T>[]
    const out: TrieMatch<T>[] = []
    this.walk(out, tokens, first, limit, this.root, first, false)
    return out.sort((a, b) => b.last - a.last)
  }

  // A method rather than a closure in matchAt: matchAt runs for every token of every line.
  private walk(
    out: TrieMatch<T>[],
    tokens: readonly Token[],
    first: number,
    limit: number,
    node: Node<T>,
    index: number,
    obfuscated: boolean
  ): void {
    if (node.ends && index > first)
      for (const value of node.ends) out.push({ value, first, last: index - 1, obfuscated })
    if (index >= limit) return
    const token = tokens[index]
    const next = node.next
    const exact = next?.get(token.norm)
    if (exact) this.walk(out, tokens, first, limit, exact, index + 1, obfuscated || token.obfuscated)
    if (next)
      for (const form of token.forms) {
        const child = next.get(form)
        if (child && child !== exact) this.walk(out, tokens, first, limit, child, index + 1, true)
      }
    if (node.any) this.walk(out, tokens, first, limit, node.any, index + 1, obfuscated)
  }

  /** True when any phrase occurs in tokens[from, to). */
  occursIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.matchAt(tokens, i, to).length) return true
    return false
  }
}

function someIn(map: ReadonlyMap<string, unknown>, keys: readonly string[]): boolean {
  for (const k of keys) if (map.has(k)) return true
  return false
}
