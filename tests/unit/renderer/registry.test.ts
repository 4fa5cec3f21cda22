import { describe, expect, it } from 'vitest'
import { getActions, registerActions, unregisterActions, type Action } from '../../../src/renderer/src/actions/registry'

const action = (id: string, labelKey = `actions.${id}`): Action => ({ id, labelKey, keys: ['mod+k'], perform: () => undefined })

describe('action registry', () => {
  it('adds in order, re-registering an id replaces it (moved to the end), and removes by id', () => {
    unregisterActions(getActions().map((a) => a.id))
    registerActions([action('a'), action('b')])
    registerActions([action('c')])
    expect(getActions().map((a) => a.id)).toEqual(['a', 'b', 'c'])
    registerActions([action('a', 'editor:actions.other')])
    expect(getActions().map((a) => [a.id, a.labelKey])).toEqual([['b', 'actions.b'], ['c', 'actions.c'], ['a', 'editor:actions.other']])
    unregisterActions(['b'])
    expect(getActions().map((a) => a.id)).toEqual(['c', 'a'])
  })
})
