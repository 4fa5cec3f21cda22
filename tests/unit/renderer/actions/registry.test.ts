import { describe, expect, it } from 'vitest'
import {
  getActions,
  registerActions,
  unregisterActions,
  type Action
} from '../../../../src/renderer/src/actions/registry'

// Labels are typed translation keys (Action['labelKey']), so the fixtures use real ones.
const action = (id: string, labelKey: Action['labelKey'] = 'actions.help'): Action => ({
  id,
  labelKey,
  keys: ['mod+k'],
  perform: () => undefined
})

describe('action registry', () => {
  it('adds in order, re-registering an id replaces it (moved to the end), and removes by id', () => {
    unregisterActions(getActions().map((a) => a.id))
    registerActions([action('a'), action('b')])
    registerActions([action('c')])
    expect(getActions().map((a) => a.id)).toEqual(['a', 'b', 'c'])
    registerActions([action('a', 'editor:actions.addCue')])
    expect(getActions().map((a) => [a.id, a.labelKey])).toEqual([
      ['b', 'actions.help'],
      ['c', 'actions.help'],
      ['a', 'editor:actions.addCue']
    ])
    unregisterActions(['b'])
    expect(getActions().map((a) => a.id)).toEqual(['c', 'a'])
  })
})
