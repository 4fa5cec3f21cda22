import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../../shared/project/schema'
import { isMarked } from '../../../../shared/subtitles/rich/marks'
import type { EditorKey } from '../../i18n/keys'
import { setCueAnchor, toggleCueFormat, type FormatKind } from './formatting'
import { richRuns, runStyle } from './rich-runs'

const BUTTONS: { kind: FormatKind; label: EditorKey; short: EditorKey }[] = [
  { kind: 'italic', label: 'subtitles.format.italic', short: 'subtitles.format.italicShort' },
  { kind: 'bold', label: 'subtitles.format.bold', short: 'subtitles.format.boldShort' },
  { kind: 'underline', label: 'subtitles.format.underline', short: 'subtitles.format.underlineShort' },
  { kind: 'strike', label: 'subtitles.format.strike', short: 'subtitles.format.strikeShort' }
]

/** Numpad anchors in reading order (top row first), as the position menu lists them. */
export const ANCHOR_LABELS: { an: number; label: EditorKey }[] = [
  { an: 7, label: 'subtitles.positions.topLeft' },
  { an: 8, label: 'subtitles.positions.top' },
  { an: 9, label: 'subtitles.positions.topRight' },
  { an: 4, label: 'subtitles.positions.middleLeft' },
  { an: 5, label: 'subtitles.positions.middle' },
  { an: 6, label: 'subtitles.positions.middleRight' },
  { an: 1, label: 'subtitles.positions.bottomLeft' },
  { an: 2, label: 'subtitles.positions.bottom' },
  { an: 3, label: 'subtitles.positions.bottomRight' }
]

/**
 * Formatting of the selected cue: italic, bold, underline, strike-through (buttons and Ctrl/⌘+I, B, U on
 * the selection, or the whole cue when nothing is selected), its position on screen, and a preview of
 * the formatted text (the text field itself stays plain, as the lint reads it).
 */
export function FormatBar({ cue }: { cue: Cue }) {
  const { t } = useTranslation('editor')
  const whole = (kind: FormatKind) =>
    !!cue.marks?.some((m) => m.kind === kind) && isMarked(cue.text, cue.marks, 0, cue.text.length, kind)
  const custom = cue.place?.x !== undefined
  return (
    <div className="kf-format">
      <div className="kf-row" role="toolbar" aria-label={t('subtitles.format.label')} data-testid="cue-format">
        {BUTTONS.map((b) => (
          <button
            type="button"
            key={b.kind}
            className={`kf-format-${b.kind}`}
            aria-pressed={whole(b.kind)}
            aria-label={t(b.label)}
            title={t(b.label)}
            data-testid={`format-${b.kind}`}
            // Keep the focus (and the selection) in the cue text: the toggle applies to that selection.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => toggleCueFormat(b.kind)}
          >
            {t(b.short)}
          </button>
        ))}
        <label className="kf-field-inline">
          {t('subtitles.format.position')}
          <select
            value={custom ? 'custom' : String(cue.place?.an ?? 2)}
            onChange={(e) => setCueAnchor(Number(e.target.value))}
            data-testid="cue-position"
          >
            {ANCHOR_LABELS.map((a) => (
              <option key={a.an} value={String(a.an)}>
                {t(a.label)}
              </option>
            ))}
            {custom && (
              <option value="custom" disabled>
                {t('subtitles.format.custom')}
              </option>
            )}
          </select>
        </label>
      </div>
      {cue.marks && cue.marks.length > 0 && (
        <p className="kf-cue-preview" aria-label={t('subtitles.format.preview')} data-testid="cue-preview">
          {richRuns(cue.text, cue.marks).map((r) => (
            <span key={r.start} style={runStyle(r)}>
              {r.text}
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
