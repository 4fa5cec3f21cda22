import { describe, expect, it } from 'vitest'
import * as subtitles from '../../../src/shared/subtitles'

describe('the subtitles barrel', () => {
  it('exports the entry points the editors use', () => {
    const names = [
      'parseSubtitles',
      'serializeSubtitles',
      'parseSrt',
      'serializeSrt',
      'parseVtt',
      'serializeVtt',
      'parseAss',
      'serializeAss',
      'formatFromPath',
      'sniffFormat',
      'translationStatus',
      'localeProgress',
      'setTranslation',
      'markTranslationDone',
      'applyTranslations',
      'withSourceCues',
      'cuesForLocale',
      'alignTranslatedCues',
      'runQc',
      'applyQcFix',
      'applyQcFixToTrack',
      'QC_PROFILES',
      'QC_MESSAGES_EN',
      'addCue',
      'splitCue',
      'mergeCues',
      'deleteCues',
      'shiftCues',
      'stretchCues',
      'snapCuesToFrames',
      'fixOverlapsAndGaps',
      'autoLineBreak',
      'editSourceTrack',
      'mergeSourceCues',
      'splitScriptIntoChunks',
      'exportXliff20',
      'exportXliff12',
      'exportCsv',
      'importHandoff'
    ]
    for (const n of names) expect(typeof (subtitles as Record<string, unknown>)[n], n).not.toBe('undefined')
  })
})
