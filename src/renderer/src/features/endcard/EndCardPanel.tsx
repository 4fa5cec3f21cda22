import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultEndCardMessage } from '../../../../shared/ass/end-card-messages'
import { selectedClip, useStudio } from '../../store'
import { usePlayer } from '../player/player-store'
import { LocalePicker } from '../script/LocalePicker'
import { MediaField } from './MediaField'
import { resolveEndCard, timelineSpan } from './resolve'
import { TRANSITIONS } from './transition'
import { clearClipOverride, updateCard, type CardScope } from './update-card'
import type { EditorKey } from '../../i18n/keys'
import './endcard.css'

const TRANSITION_KEYS: Record<(typeof TRANSITIONS)[number], EditorKey> = {
  fade: 'endcard.transitions.fade',
  dissolve: 'endcard.transitions.dissolve',
  slideleft: 'endcard.transitions.slideleft',
  slideright: 'endcard.transitions.slideright',
  slideup: 'endcard.transitions.slideup',
  slidedown: 'endcard.transitions.slidedown',
  wipeleft: 'endcard.transitions.wipeleft',
  wiperight: 'endcard.transitions.wiperight',
  circleopen: 'endcard.transitions.circleopen'
}

/** The "reveal the human" card: project defaults or this clip's overrides, previewed live in the player. */
export function EndCardPanel() {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  const [scope, setScope] = useState<CardScope>('clip')
  if (!project || !clip) return <p className="kf-empty">{t('common.noClip')}</p>
  const locale = editLocale ?? project.sourceLocale
  const card = scope === 'project' ? project.endCard : resolveEndCard(project, clip)
  const set = (patch: Parameters<typeof updateCard>[2], key?: string) =>
    updateCard(scope, clip.id, patch, key ? { undo: 'coalesce', key: `endcard:${scope}:${key}` } : undefined)
  const preview = () => {
    const span = timelineSpan(project, clip)
    if (span.endCardStartMs === null) return
    useStudio.getState().setPlayhead(Math.max(0, span.endCardStartMs - 500))
    usePlayer.getState().setPlaying(true)
  }
  return (
    <section className="kf-endcard" aria-label={t('endcard.title')}>
      <fieldset className="kf-row">
        <legend>{t('endcard.scope')}</legend>
        <label>
          <input type="radio" name="kf-card-scope" checked={scope === 'clip'} onChange={() => setScope('clip')} />{' '}
          {t('endcard.scopeClip')}
        </label>
        <label>
          <input type="radio" name="kf-card-scope" checked={scope === 'project'} onChange={() => setScope('project')} />{' '}
          {t('endcard.scopeProject')}
        </label>
        {scope === 'clip' && clip.endCard && (
          <button type="button" onClick={() => clearClipOverride(clip.id)}>
            {t('endcard.resetClip')}
          </button>
        )}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={card.enabled}
          onChange={(e) => set({ enabled: e.target.checked })}
          data-testid="endcard-enabled"
        />{' '}
        {t('endcard.enabled')}
      </label>
      <MediaField key={`${scope}:${clip.id}`} value={card.media ?? ''} onChange={(media) => set({ media })} />
      <label className="kf-field">
        {t('endcard.displayName')}
        <input
          value={card.displayName ?? ''}
          placeholder={clip.creator.name}
          onChange={(e) => set({ displayName: e.target.value }, 'name')}
          data-testid="endcard-name"
        />
      </label>
      <label className="kf-field">
        {t('endcard.handle')}
        <input
          value={card.handle ?? ''}
          placeholder={clip.creator.handle || t('endcard.handlePlaceholder')}
          onChange={(e) => set({ handle: e.target.value }, 'handle')}
          data-testid="endcard-handle"
        />
      </label>
      <LocalePicker />
      <label className="kf-field">
        {t('endcard.message', { locale })}
        <textarea
          rows={2}
          value={card.message[locale] ?? ''}
          placeholder={defaultEndCardMessage(locale)}
          onChange={(e) => set({ message: { ...card.message, [locale]: e.target.value } }, `message:${locale}`)}
          data-testid="endcard-message"
        />
      </label>
      <fieldset className="kf-row">
        <legend>{t('endcard.background')}</legend>
        <label>
          <input
            type="radio"
            name="kf-card-bg"
            checked={card.background.kind === 'color'}
            onChange={() => set({ background: { kind: 'color', color: '#101018' } })}
          />{' '}
          {t('endcard.bgColor')}
        </label>
        {card.background.kind === 'color' && (
          <input
            type="color"
            aria-label={t('endcard.bgColorPick')}
            value={card.background.color}
            onChange={(e) => set({ background: { kind: 'color', color: e.target.value } }, 'bg')}
          />
        )}
        <label>
          <input
            type="radio"
            name="kf-card-bg"
            checked={card.background.kind === 'blur-last-frame'}
            onChange={() => set({ background: { kind: 'blur-last-frame' } })}
          />{' '}
          {t('endcard.bgBlur')}
        </label>
      </fieldset>
      <div className="kf-row">
        <label className="kf-field">
          {t('endcard.duration')}
          <input
            type="number"
            min={0.5}
            max={15}
            step={0.5}
            value={card.durationMs / 1000}
            onChange={(e) => set({ durationMs: clampMs(e.target.valueAsNumber, 500, 15_000) })}
          />
        </label>
        <label className="kf-field">
          {t('endcard.transition')}
          <select
            value={card.transition.kind}
            onChange={(e) => set({ transition: { ...card.transition, kind: e.target.value } })}
          >
            {TRANSITIONS.map((k) => (
              <option key={k} value={k}>
                {t(TRANSITION_KEYS[k])}
              </option>
            ))}
          </select>
        </label>
        <label className="kf-field">
          {t('endcard.transitionDuration')}
          <input
            type="number"
            min={0}
            max={3}
            step={0.1}
            value={card.transition.durationMs / 1000}
            onChange={(e) =>
              set({ transition: { ...card.transition, durationMs: clampMs(e.target.valueAsNumber, 0, 3000) } })
            }
          />
        </label>
        <label className="kf-field">
          {t('endcard.layout')}
          <select
            value={card.layout}
            onChange={(e) => set({ layout: e.target.value === 'photo-center' ? 'photo-center' : 'photo-top' })}
          >
            <option value="photo-top">{t('endcard.layoutTop')}</option>
            <option value="photo-center">{t('endcard.layoutCenter')}</option>
          </select>
        </label>
      </div>
      <button type="button" onClick={preview} disabled={!card.enabled} data-testid="endcard-preview-button">
        {t('endcard.preview')}
      </button>
    </section>
  )
}

function clampMs(seconds: number, min: number, max: number): number {
  if (!Number.isFinite(seconds)) return min
  return Math.round(Math.min(max, Math.max(min, seconds * 1000)))
}
