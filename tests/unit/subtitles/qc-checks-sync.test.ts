import { describe, expect, it } from 'vitest'
import {
  createCueReceiver,
  createCueSender,
  CueSyncMismatch,
  sameFlatRecord
} from '../../../src/renderer/src/features/subtitles/checks-sync'

/*
 * The studio sends cue lists to its checks worker as patches against the previous list. Each case
 * goes through structuredClone (what postMessage does) and must rebuild exactly the list sent,
 * while carrying only the changed stretch.
 */
interface C {
  id: string
  startMs: number
  text: string
}
const cue = (id: string, text = `text ${id}`, startMs = 0): C => ({ id, startMs, text })
const list = (n: number) => Array.from({ length: n }, (_, i) => cue(`c${i}`, `text ${i}`, i * 1000))

function pair() {
  const sender = createCueSender<C>()
  const receiver = createCueReceiver<C>()
  return { sender, receiver, send: (cues: C[]) => receiver.apply(structuredClone(sender.encode(cues))) }
}

describe('checks-sync', () => {
  it('sends the first list whole, then only what changed', () => {
    const { sender, receiver, send } = pair()
    const a = list(6)
    expect(send(a)).toEqual(a)
    const b = a.map((c, i) => (i === 3 ? { ...c, text: 'typed' } : c))
    const patch = sender.encode(b)
    expect([patch.prefix, patch.suffix, patch.middle]).toEqual([3, 2, [b[3]]])
    expect(receiver.apply(structuredClone(patch))).toEqual(b)
  })

  it.each([
    ['insert', (a: C[]) => [...a.slice(0, 2), cue('new'), ...a.slice(2)], 1],
    ['delete', (a: C[]) => [...a.slice(0, 2), ...a.slice(3)], 0],
    ['split', (a: C[]) => [...a.slice(0, 2), cue('c2', 'first'), cue('c2b', 'second'), ...a.slice(3)], 2],
    ['same values, new objects', (a: C[]) => a.map((c) => ({ ...c })), 0],
    ['everything retimed', (a: C[]) => a.map((c) => ({ ...c, startMs: c.startMs + 1 })), 6],
    ['emptied', () => [], 0],
    ['identical list', (a: C[]) => a, 0]
  ] as const)('%s', (_name, change, middle) => {
    const { sender, receiver, send } = pair()
    const a = list(6)
    send(a)
    const b = change(a)
    const patch = sender.encode(b)
    expect(patch.middle.length).toBe(middle)
    expect(receiver.apply(structuredClone(patch))).toEqual(b)
  })

  it('a patch against a version the receiver does not hold is refused, and a reset resends in full', () => {
    const { sender, receiver, send } = pair()
    send(list(3))
    sender.encode(list(4)) // lost on the way
    const next = list(5)
    expect(() => receiver.apply(sender.encode(next))).toThrow(CueSyncMismatch)
    sender.reset()
    const full = sender.encode(next)
    expect(full.base).toBe(0)
    expect(receiver.apply(full)).toEqual(next)
    expect(send(list(2))).toEqual(list(2))
  })

  it('the receiver hands out a new array each time (earlier results keep their list)', () => {
    const { send } = pair()
    const first = send(list(3))
    const second = send(list(3).map((c, i) => (i === 1 ? { ...c, text: 'x' } : c)))
    expect(first[1].text).toBe('text 1')
    expect(second[1].text).toBe('x')
  })

  it('rebuilds every list of a long random edit sequence exactly', () => {
    let seed = 11
    const rand = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * n)
    const { send } = pair()
    let current = list(20)
    for (let step = 0; step < 400; step++) {
      const next = current.slice()
      const at = rand(next.length + 1)
      const op = rand(6)
      if (op === 0) next.splice(at, 0, cue(`n${step}`))
      else if (op === 1 && next.length) next.splice(Math.min(at, next.length - 1), 1 + rand(3))
      else if (op === 2 && next.length)
        next[Math.min(at, next.length - 1)] = { ...next[Math.min(at, next.length - 1)], text: `edit ${step}` }
      else if (op === 3) next.reverse()
      else if (op === 4) next.splice(0, next.length, ...list(rand(8)))
      // op 5: unchanged
      expect(send(next)).toEqual(next)
      current = next
    }
  })

  it('sameFlatRecord compares own fields, including missing optional ones', () => {
    expect(sameFlatRecord({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true)
    expect(sameFlatRecord({ a: 1 }, { a: 1, speaker: undefined })).toBe(false)
    expect(sameFlatRecord({ a: 1, b: 'x' }, { a: 1, b: 'y' })).toBe(false)
  })
})
