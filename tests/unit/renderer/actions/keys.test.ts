import { describe, expect, it } from 'vitest'
import { formatShortcut, matchesShortcut, type KeyLike } from '../../../../src/renderer/src/actions/keys'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

describe('matchesShortcut', () => {
  it.each<[string, KeyLike, boolean, boolean]>([
    ['mod+s', key('s', { ctrlKey: true }), false, true],
    ['mod+s', key('s', { metaKey: true }), true, true],
    ['mod+s', key('s', { metaKey: true }), false, false],
    ['mod+s', key('s'), false, false],
    ['mod+s', key('S', { ctrlKey: true, shiftKey: true }), false, false],
    ['mod+shift+z', key('Z', { ctrlKey: true, shiftKey: true }), false, true],
    ['mod+z', key('z', { ctrlKey: true, shiftKey: true }), false, false],
    ['?', key('?', { shiftKey: true }), false, true],
    ['?', key('?', { ctrlKey: true, shiftKey: true }), false, false],
    ['space', key(' '), false, true],
    ['alt+arrowdown', key('ArrowDown', { altKey: true }), false, true],
    ['arrowdown', key('ArrowDown', { altKey: true }), false, false],
    ['mod++', key('+', { ctrlKey: true, shiftKey: true }), false, true],
    ['j', key('j'), false, true],
    ['j', key('J', { shiftKey: true }), false, false]
  ])('%s vs %o (mac=%s) → %s', (shortcut, e, mac, expected) => {
    expect(matchesShortcut(shortcut, e, mac)).toBe(expected)
  })
})

describe('formatShortcut', () => {
  it.each([
    ['mod+shift+z', false, 'Ctrl+Shift+Z'],
    ['mod+shift+z', true, '⌘⇧Z'],
    ['alt+arrowdown', false, 'Alt+↓'],
    ['mod+enter', false, 'Ctrl+Enter'],
    ['?', false, '?'],
    ['space', false, 'Space'],
    ['mod++', false, 'Ctrl++']
  ])('%s (mac=%s) → %s', (shortcut, mac, expected) => {
    expect(formatShortcut(shortcut, mac)).toBe(expected)
  })
})
