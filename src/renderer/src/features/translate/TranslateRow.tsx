import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TranslationStatus } from '../../../../shared/project/schema'
import { rowDomId } from '../subtitles/VirtualList'
import type { EditorKey } from '../../i18n/keys'

export const STATUS_KEYS: Record<TranslationStatus, EditorKey> = {
  missing: 'translate.status.missing',
  draft: 'translate.status.draft',
  done: 'translate.status.done',
  outdated: 'translate.status.outdated'
}

interface Props {
  id: string
  index: number
  source: string
  translation: string
  status: TranslationStatus
  active: boolean
  rtl: boolean
  issues: number
  onPick(id: string): void
}

export const TranslateRow = memo(function TranslateRow({
  id,
  index,
  source,
  translation,
  status,
  active,
  rtl,
  issues,
  onPick
}: Props) {
  const { t } = useTranslation('editor')
  return (
    <div
      id={rowDomId(id)}
      role="option"
      aria-selected={active}
      className="kf-tr-row"
      data-testid="translate-row"
      data-cue-id={id}
      data-status={status}
      onClick={() => onPick(id)}
    >
      <span className="kf-cue-n">{index + 1}</span>
      <span className="kf-cue-text">{source}</span>
      <span className="kf-cue-text" dir={rtl ? 'rtl' : 'ltr'}>
        {translation}
      </span>
      <span>
        <span className={`kf-status kf-status-${status}`}>{t(STATUS_KEYS[status])}</span>
        {issues > 0 && <span className="kf-badge kf-badge-warning">{t('subtitles.lintBadge', { n: issues })}</span>}
      </span>
    </div>
  )
})
