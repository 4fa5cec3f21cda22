import type { CaptionOptions } from '../../../../shared/captions/style-schema'
import type { EditorKey } from '../../i18n/keys'

const ALIGN = {
  start: 'captions.align.start',
  center: 'captions.align.center',
  end: 'captions.align.end'
} as const satisfies Record<string, EditorKey>
const POSITION = {
  lower: 'captions.position.lower',
  middle: 'captions.position.middle',
  upper: 'captions.position.upper'
} as const satisfies Record<string, EditorKey>

/** The editable options, in the order the panel shows them (the schema checks every value again). */
export type OptionField =
  | { key: keyof CaptionOptions & string; kind: 'color' | 'bool' | 'text'; label: EditorKey; only?: 'highlight' }
  | {
      key: keyof CaptionOptions & string
      kind: 'number'
      label: EditorKey
      min: number
      max: number
      step: number
      only?: 'highlight'
    }
  | {
      key: keyof CaptionOptions & string
      kind: 'select'
      label: EditorKey
      choices: readonly (string | number)[]
      choiceLabel?: (v: string | number) => EditorKey
      only?: 'highlight'
    }

export const OPTION_FIELDS: readonly OptionField[] = [
  { key: 'fontFamily', kind: 'text', label: 'captions.options.fontFamily' },
  {
    key: 'fontWeight',
    kind: 'select',
    label: 'captions.options.fontWeight',
    choices: [400, 700, 900],
    choiceLabel: (v) =>
      v === 400 ? 'captions.weight.regular' : v === 700 ? 'captions.weight.bold' : 'captions.weight.black'
  },
  { key: 'sizePct', kind: 'number', label: 'captions.options.sizePct', min: 1, max: 15, step: 0.1 },
  { key: 'uppercase', kind: 'bool', label: 'captions.options.uppercase' },
  { key: 'textColor', kind: 'color', label: 'captions.options.textColor' },
  { key: 'outlineColor', kind: 'color', label: 'captions.options.outlineColor' },
  { key: 'outlinePct', kind: 'number', label: 'captions.options.outlinePct', min: 0, max: 25, step: 0.5 },
  { key: 'shadowColor', kind: 'color', label: 'captions.options.shadowColor' },
  { key: 'shadowPct', kind: 'number', label: 'captions.options.shadowPct', min: 0, max: 25, step: 0.5 },
  { key: 'box', kind: 'bool', label: 'captions.options.box' },
  { key: 'boxColor', kind: 'color', label: 'captions.options.boxColor' },
  { key: 'boxOpacity', kind: 'number', label: 'captions.options.boxOpacity', min: 0, max: 100, step: 5 },
  { key: 'boxPaddingPct', kind: 'number', label: 'captions.options.boxPaddingPct', min: 0, max: 60, step: 1 },
  { key: 'highlightColor', kind: 'color', label: 'captions.options.highlightColor', only: 'highlight' },
  { key: 'spokenColor', kind: 'color', label: 'captions.options.spokenColor', only: 'highlight' },
  { key: 'upcomingColor', kind: 'color', label: 'captions.options.upcomingColor', only: 'highlight' },
  {
    key: 'highlightScale',
    kind: 'number',
    label: 'captions.options.highlightScale',
    min: 100,
    max: 160,
    step: 5,
    only: 'highlight'
  },
  { key: 'highlightBox', kind: 'bool', label: 'captions.options.highlightBox', only: 'highlight' },
  { key: 'highlightBoxColor', kind: 'color', label: 'captions.options.highlightBoxColor', only: 'highlight' },
  {
    key: 'align',
    kind: 'select',
    label: 'captions.options.align',
    choices: ['start', 'center', 'end'],
    choiceLabel: (v) => ALIGN[v as keyof typeof ALIGN]
  },
  {
    key: 'position',
    kind: 'select',
    label: 'captions.options.position',
    choices: ['lower', 'middle', 'upper'],
    choiceLabel: (v) => POSITION[v as keyof typeof POSITION]
  },
  { key: 'maxLines', kind: 'number', label: 'captions.options.maxLines', min: 1, max: 4, step: 1 },
  { key: 'maxCharsPerLine', kind: 'number', label: 'captions.options.maxCharsPerLine', min: 8, max: 80, step: 1 }
]
