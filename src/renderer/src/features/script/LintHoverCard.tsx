import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import { SEVERITY_KEYS } from '../subtitles/qc-messages'
import { placeCard, type Box } from './hover-geometry'
import { SuggestionButtons } from './SuggestionButtons'

interface Props {
  issues: readonly LintIssue[]
  anchor: Box
  dir: 'ltr' | 'rtl'
  onReplace(issue: LintIssue, suggestion: string): void
  /** Pointer or focus is in the card: cancel a pending hide. */
  onKeep(): void
  /** Pointer left the card: hide after the grace delay. */
  onLeave(): void
  onClose(): void
}

/**
 * The finding under the mouse, next to the word: what it is, why it hurts, and one-click kinder
 * wording. A non-modal popover (role="dialog", labelled by the message and described by the
 * explanation): it holds buttons, which a role="tooltip" must not. Keyboard users get the same
 * content from the caret (the explanation under the editor, the findings list with its buttons);
 * Tab from the editor also reaches this card while it is open, and Escape closes it.
 */
export function LintHoverCard({ issues, anchor, dir, onReplace, onKeep, onLeave, onClose }: Props) {
  const { t } = useTranslation('editor')
  const ref = useRef<HTMLDivElement>(null)
  const id = useId()
  // Placed before paint from the card's real size, so it never flashes at a wrong spot.
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const { left, top } = placeCard(
      anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
      dir
    )
    el.style.left = `${left}px`
    el.style.top = `${top}px`
  }, [anchor, dir, issues])
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    // Only the card closes; the dialog or panel around the editor stays.
    e.stopPropagation()
    onClose()
  }
  return (
    <div
      ref={ref}
      className="kf-hl-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={issues.map((_, n) => `${id}-m${n}`).join(' ')}
      aria-describedby={issues.map((_, n) => `${id}-e${n}`).join(' ')}
      dir={dir}
      data-testid="lint-hover-card"
      onMouseEnter={onKeep}
      onMouseLeave={(e) => !e.currentTarget.contains(document.activeElement) && onLeave()}
      onFocus={onKeep}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && onLeave()}
      onKeyDown={onKeyDown}
    >
      {issues.map((issue, n) => (
        <div key={`${issue.ruleId}-${issue.range.start}`} className={`kf-hl-card-issue kf-hl-${issue.severity}`}>
          <p className="kf-hl-card-head">
            <span className="kf-badge">{t(SEVERITY_KEYS[issue.severity])}</span>
            {issue.depicted && <span className="kf-badge kf-badge-depicted">{t('lint.depicted')}</span>}
            <strong id={`${id}-m${n}`}>{issue.message}</strong>
          </p>
          <p id={`${id}-e${n}`}>{issue.explanation}</p>
          {issue.suggestions.length > 0 && (
            <p className="kf-hl-card-fixes">
              {t('lint.kinderWording')}
              <SuggestionButtons issue={issue} onReplace={onReplace} />
            </p>
          )}
        </div>
      ))}
    </div>
  )
}
