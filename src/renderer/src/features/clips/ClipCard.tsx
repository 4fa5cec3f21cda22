import { useTranslation } from 'react-i18next'
import type { Clip, Project } from '../../../../shared/project/schema'
import { formatDuration } from '../../app/format'
import { useClipThumbnail } from './use-media-path'
import { clipBadges } from './badges'

interface Props {
  clip: Clip
  project: Project
  selected: boolean
  missing: boolean
  onSelect(): void
}

export function ClipCard({ clip, project, selected, missing, onSelect }: Props) {
  const { t } = useTranslation()
  const thumb = useClipThumbnail(clip.media, clip.probe?.durationMs)
  const isMissing = missing || thumb.status === 'missing'
  return (
    <li className={`clip-card${selected ? ' selected' : ''}`} data-clip-id={clip.id}>
      <button type="button" className="clip-select" aria-pressed={selected} onClick={onSelect}>
        <span className="clip-thumb">
          {thumb.status === 'ok' && <img src={thumb.dataUrl} alt={t('clips.thumbnailAlt', { title: clip.title })} />}
          {thumb.status === 'loading' && <span className="thumb-placeholder" aria-hidden="true" />}
          {isMissing && <span className="thumb-missing">{t('clips.missingShort')}</span>}
          {thumb.status === 'error' && (
            <span className="thumb-missing" title={thumb.message}>
              {t('clips.thumbnailFailed')}
            </span>
          )}
        </span>
        <span className="clip-meta">
          <span className="clip-title">{clip.title}</span>
          <span className="clip-duration" data-testid="clip-duration">
            {clip.probe ? formatDuration(clip.probe.durationMs) : t('clips.noProbe')}
          </span>
        </span>
      </button>
      <span className="clip-badges">
        {clipBadges().map((Badge, i) => (
          <Badge key={i} clip={clip} project={project} />
        ))}
      </span>
    </li>
  )
}
