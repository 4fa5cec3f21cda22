import { expect, it } from 'vitest'
import { safeZoneInsets } from '../../../../../src/renderer/src/features/player/safe-zone'

const zone = { top: 150, bottom: 420, right: 140, left: 0 }

it('keeps the insets for left-to-right subtitles', () => {
  expect(safeZoneInsets(zone, false)).toEqual({ top: 150, bottom: 420, right: 140, left: 0 })
})

it('mirrors the side inset for right-to-left subtitles', () => {
  expect(safeZoneInsets(zone, true)).toEqual({ top: 150, bottom: 420, right: 0, left: 140 })
})
