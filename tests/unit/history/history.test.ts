import { describe, expect, it } from 'vitest'
import { emptyHistory, record, redo, undo } from '../../../src/shared/history/history'

describe('undo history', () => {
  it('captures, undoes and redoes', () => {
    let h = record(emptyHistory<string>(), 'a', 'capture', undefined, 0)
    h = record(h, 'ab', 'capture', undefined, 10)
    const u = undo(h, 'abc')!
    expect(u.value).toBe('ab')
    const u2 = undo(u.history, u.value)!
    expect(u2.value).toBe('a')
    expect(undo(u2.history, u2.value)).toBeUndefined()
    const r = redo(u2.history, 'a')!
    expect(r.value).toBe('ab')
    expect(redo(r.history, r.value)!.value).toBe('abc')
  })

  it('coalesces typing with the same key inside the window, not across keys or pauses', () => {
    let h = record(emptyHistory<string>(), '', 'coalesce', 'cue-1', 0)
    h = record(h, 'h', 'coalesce', 'cue-1', 200)
    h = record(h, 'he', 'coalesce', 'cue-1', 400)
    expect(h.past).toEqual([''])
    h = record(h, 'hel', 'coalesce', 'cue-2', 500)
    expect(h.past).toEqual(['', 'hel'])
    h = record(h, 'x', 'coalesce', 'cue-2', 5000)
    expect(h.past).toEqual(['', 'hel', 'x'])
  })

  it("'never' leaves history alone and a new step clears redo", () => {
    let h = record(emptyHistory<number>(), 1, 'capture', undefined, 0)
    expect(record(h, 2, 'never', undefined, 1)).toBe(h)
    const u = undo(h, 2)!
    h = record(u.history, 1, 'capture', undefined, 2)
    expect(h.future).toEqual([])
  })
})
