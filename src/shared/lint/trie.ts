import { ANY, type Sequence } from './pattern'
import type { Token } from './tokenize'

const NO_MATCHES: readonly never[] = Object.freeze([])

interface Node<T> {
  next: Map<string, Node<T>>
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
        node = node.any ??= { next: new Map() }
        continue
      }
      this.vocabulary.add(word)
      let child = node.next.get(word)
      if (!child) node.next.set(word, (child = { next: new Map() }))
      node = child
    }
    ;(node.ends ??= []).push(value)
    this.size++
  }

  /** All phrases starting at token `first`, longest first. */
  matchAt(tokens: readonly Token[], first: number, limit = tokens.length): TrieMatch<T>[] {
    // Fast path (most words start no phrase): no closure, no allocation.
    const head = tokens[first]
    if (!this.root.next.has(head.norm) && !head.forms.some((f) => this.root.next.has(f))) return NO_MATCHES as unknown as TrieMatch<T>[]
    const out: TrieMatch<T>[] = []
    const walk = (node: Node<T>, index: number, obfuscated: boolean): void => {
      if (node.ends && index > first) for (const value of node.ends) out.push({ value, first, last: index - 1, obfuscated })
      if (index >= limit) return
      const token = tokens[index]
      const exact = node.next.get(token.norm)
      if (exact) walk(exact, index + 1, obfuscated || token.obfuscated)
      for (const form of token.forms) {
        const child = node.next.get(form)
        if (child && child !== exact) walk(child, index + 1, true)
      }
      if (node.any) walk(node.any, index + 1, obfuscated)
    }
    walk(this.root, first, false)
    return out.sort((a, b) => b.last - a.last)
  }

  /** True when any phrase occurs in tokens[from, to). */
  occursIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.matchAt(tokens, i, to).length) return true
    return false
  }
}
