import { ANY, type Sequence } from './pattern'
import type { Token } from './tokenize'

const NO_MATCHES: readonly never[] = Object.freeze([])

interface Node<T> {
  /** Created with the first child: most nodes end a phrase and have none (a locale pack has ~20,000). */
  next?: Map<string, Node<T>>
  any?: Node<T>
  ends?: T[]
  /** Phrases added with addLazily that pass through this node, not yet split into its children. */
  pending?: Pending<T>[]
}

/**
 * A phrase waiting in a node: `words` are space separated and `at` is where the word after that
 * node starts (-1: none left). Moved down as nodes split, never copied or split into an array.
 */
interface Pending<T> {
  words: string
  at: number
  value: T
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
  /** Words of the phrases added with add() (the deny list's re-join "s t u p i d" in the tokenizer). */
  readonly vocabulary = new Set<string>()
  /** Phrases added, either way. */
  size = 0

  add(sequence: Sequence, value: T): void {
    let node = this.root
    for (const word of sequence) {
      // phrases added lazily before this one move down first, so they keep their place in `ends`
      if (node.pending) this.split(node)
      if (word === ANY) {
        node = node.any ??= {}
        continue
      }
      this.vocabulary.add(word)
      const next = (node.next ??= new Map())
      let child = next.get(word)
      if (!child) next.set(word, (child = {}))
      node = child
    }
    if (node.pending) this.split(node)
    ;(node.ends ??= []).push(value)
    this.size++
  }

  /**
   * Like add(`first` and the words of `rest`), but the nodes below `first` are made when a match first
   * walks there: the English rules' "you" starts ~4,000 sequences and a text visits a few of their
   * paths. Phrases keep the order they were added in at every node, so matches come out as with add().
   */
  addLazily(first: string, rest: string, value: T): void {
    const next = this.root.next!
    let node = next.get(first)
    if (!node) next.set(first, (node = { pending: [] }))
    this.place({ words: rest, at: rest ? 0 : -1, value }, node)
    this.size++
  }

  // Moves a phrase down through split nodes to the first one still pending, or to its last node.
  private place(p: Pending<T>, node: Node<T>): void {
    while (!node.pending) {
      if (p.at < 0) {
        ;(node.ends ??= []).push(p.value)
        return
      }
      const space = p.words.indexOf(' ', p.at)
      const word = space < 0 ? p.words.slice(p.at) : p.words.slice(p.at, space)
      p.at = space < 0 ? -1 : space + 1
      if (word === ANY) node = node.any ??= { pending: [] }
      else {
        const next = (node.next ??= new Map())
        let child = next.get(word)
        if (!child) next.set(word, (child = { pending: [] }))
        node = child
      }
    }
    node.pending.push(p)
  }

  private split(node: Node<T>): void {
    const pending = node.pending!
    node.pending = undefined
    for (const p of pending) this.place(p, node)
  }

  /**
   * All phrases starting at token `first`, longest first. Words in `fillers` may stand inside a
   * phrase without being part of it ("they are all trash" for "they are trash").
   */
  matchAt(
    tokens: readonly Token[],
    first: number,
    limit = tokens.length,
    fillers?: ReadonlySet<string>
  ): TrieMatch<T>[] {
    // Fast path (most words start no phrase): no allocation.
    const roots = this.root.next!
    const head = tokens[first]
    if (!roots.has(head.norm) && !someIn(roots, head.forms)) return NO_MATCHES as unknown as TrieMatch<T>[]
    const out: TrieMatch<T>[] = []
    this.walk(out, tokens, first, limit, this.root, first, false, fillers)
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
    obfuscated: boolean,
    fillers?: ReadonlySet<string>,
    afterFiller = false
  ): void {
    if (node.pending) this.split(node)
    if (node.ends && index > first && !afterFiller)
      for (const value of node.ends) out.push({ value, first, last: index - 1, obfuscated })
    if (index >= limit) return
    const token = tokens[index]
    const next = node.next
    const exact = next?.get(token.norm)
    if (exact) this.walk(out, tokens, first, limit, exact, index + 1, obfuscated || token.obfuscated, fillers)
    if (next)
      for (const form of token.forms) {
        const child = next.get(form)
        if (child && child !== exact) this.walk(out, tokens, first, limit, child, index + 1, true, fillers)
      }
    if (node.any) this.walk(out, tokens, first, limit, node.any, index + 1, obfuscated, fillers)
    // a filler inside a phrase, never its first or last word: the phrase must go on after it
    if (fillers && index > first && next && fillers.has(token.norm) && index + 1 < limit)
      this.walk(out, tokens, first, limit, node, index + 1, obfuscated, fillers, true)
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
