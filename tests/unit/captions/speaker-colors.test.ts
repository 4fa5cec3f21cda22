import { describe, expect, it } from 'vitest'
import { speakerColorMap, withSpeakerColor } from '../../../src/shared/captions/speaker-colors'

const PALETTE = ['#111111', '#222222', '#333333']

describe('speaker colours', () => {
  it('palette colours in order of first appearance; blanks skipped; the palette wraps', () => {
    const map = speakerColorMap(['Ana', undefined, 'Ben', 'Ana', '', 'Cy', 'Di'], {}, PALETTE)
    expect([...map]).toEqual([
      ['Ana', '#111111'],
      ['Ben', '#222222'],
      ['Cy', '#333333'],
      ['Di', '#111111']
    ])
  })

  it("naming one speaker's colour does not recolour the others", () => {
    const map = speakerColorMap(['Ana', 'Ben', 'Cy'], { Ana: '#FF2020' }, PALETTE)
    expect([...map]).toEqual([
      ['Ana', '#FF2020'],
      ['Ben', '#222222'],
      ['Cy', '#333333']
    ])
  })

  it('set and give back to the palette', () => {
    expect(withSpeakerColor({}, 'Ana', '#ff2020')).toEqual({ Ana: '#FF2020' })
    expect(withSpeakerColor({ Ana: '#FF2020', Ben: '#00FF00' }, 'Ana', undefined)).toEqual({ Ben: '#00FF00' })
  })
})
