import { useRef, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CAPTION_PRESETS } from '../../../../shared/captions/presets'
import { CAPTION_PRESET_NAMES, type CaptionPresetName } from '../../../../shared/captions/style-schema'
import type { EditorKey } from '../../i18n/keys'
import { useCaptionPreview } from './preview-store'

const LABELS: Record<CaptionPresetName, EditorKey> = {
  classic: 'captions.presets.classic',
  boxed: 'captions.presets.boxed',
  'bold-outline': 'captions.presets.boldOutline',
  highlight: 'captions.presets.highlight',
  'speaker-colors': 'captions.presets.speakerColors'
}

/** A swatch in CSS: only a hint of the look; the player shows the real one (libass) on the current frame. */
function swatch(name: CaptionPresetName): CSSProperties {
  if (name === 'classic') return { fontWeight: 400, color: '#fff', textShadow: '0 0 2px #000' }
  const o = CAPTION_PRESETS[name]
  return {
    fontWeight: o.fontWeight,
    color: o.textColor,
    textTransform: o.uppercase ? 'uppercase' : 'none',
    ...(o.box ? { background: o.boxColor } : {}),
    textShadow: o.outlinePct ? '0 0 3px #000, 0 0 3px #000' : 'none'
  }
}

interface Props {
  selected: CaptionPresetName
  onChoose: (name: CaptionPresetName) => void
}

/**
 * The presets as a radio group (WAI-ARIA): arrow keys move through them in reading order and show each
 * one live in the player on the current frame; Enter, Space or a click chooses it; leaving the group (or
 * Escape) ends the preview.
 */
export function CaptionGallery({ selected, onChoose }: Props) {
  const { t, i18n } = useTranslation('editor')
  const setPreview = useCaptionPreview((s) => s.setPreview)
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const move = (from: number, step: number) => {
    const next = (from + step + CAPTION_PRESET_NAMES.length) % CAPTION_PRESET_NAMES.length
    refs.current[next]?.focus()
  }
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const rtl = i18n.dir() === 'rtl'
    if (e.key === 'ArrowDown' || e.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) move(i, 1)
    else if (e.key === 'ArrowUp' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) move(i, -1)
    else if (e.key === 'Escape') setPreview(null)
    else return
    e.preventDefault()
  }
  return (
    <div
      className="kf-caption-gallery"
      role="radiogroup"
      aria-label={t('captions.gallery')}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPreview(null)
      }}
      onMouseLeave={() => setPreview(null)}
    >
      {CAPTION_PRESET_NAMES.map((name, i) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[i] = el
          }}
          type="button"
          role="radio"
          aria-checked={name === selected}
          tabIndex={name === selected ? 0 : -1}
          className="kf-caption-preset"
          data-testid={`caption-preset-${name}`}
          onFocus={() => setPreview({ preset: name })}
          onMouseEnter={() => setPreview({ preset: name })}
          onClick={() => onChoose(name)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          <span className="kf-caption-swatch" style={swatch(name)} aria-hidden="true">
            {t('captions.sample')}
          </span>
          {t(LABELS[name])}
        </button>
      ))}
    </div>
  )
}
