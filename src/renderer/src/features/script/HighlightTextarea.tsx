import { useId, useRef, useState, type UIEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { LintIssue } from '../../../../shared/lint'
import { replaceRange, replacementOf, segmentText } from './segments'
import { SEVERITY_KEYS } from '../subtitles/qc-messages'
import { LintHoverCard } from './LintHoverCard'
import { SuggestionButtons } from './SuggestionButtons'
import { useLintHover } from './use-lint-hover'
import './highlight.css'

interface Props {
  value: string
  onChange(text: string): void
  issues: readonly LintIssue[]
  label: string
  dir?: 'ltr' | 'rtl'
  rows?: number
  testId?: string
  onKeyDown?(e: React.KeyboardEvent<HTMLTextAreaElement>): void
}

const rank = { error: 3, warning: 2, info: 1 } as const

/**
 * A plain textarea (native editing, undo of the field, screen readers) over a layer that draws the
 * same text with the lint findings marked. The explanation of the finding under the caret is shown
 * below and announced; every finding has one-click suggestion buttons. Hovering a marked word opens
 * a card with its explanation and suggestions next to it (see useLintHover for how the marks behind
 * the textarea are hit-tested).
 */
export function HighlightTextarea({ value, onChange, issues, label, dir = 'ltr', rows = 6, testId, onKeyDown }: Props) {
  const { t } = useTranslation('editor')
  const backdrop = useRef<HTMLDivElement>(null)
  const input = useRef<HTMLTextAreaElement>(null)
  const [caret, setCaret] = useState<number | null>(null)
  const describedBy = useId()
  const segments = segmentText(
    value,
    issues.map((i) => i.range)
  )
  const atCaret = caret === null ? [] : issues.filter((i) => i.range.start <= caret && caret <= i.range.end)
  const hover = useLintHover(backdrop)
  const hovered = hover.hover && segments.find((s) => s.start === hover.hover!.segmentStart && s.issues.length > 0)
  const syncScroll = (e: UIEvent<HTMLTextAreaElement>) => {
    if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop
    // The card is anchored to where the word was; after a scroll it would point at other text.
    hover.hide()
  }
  const replace = (issue: LintIssue, suggestion: string) => {
    hover.hide()
    onChange(replaceRange(value, issue.range, replacementOf(suggestion)))
  }
  // From the keyboard: the fix buttons of the finding at the caret are the next Tab stops after the
  // editor; once one is used, typing goes on right after the new words.
  const replaceAtCaret = (issue: LintIssue, suggestion: string) => {
    replace(issue, suggestion)
    const at = issue.range.start + replacementOf(suggestion).length
    requestAnimationFrame(() => {
      input.current?.focus()
      input.current?.setSelectionRange(at, at)
      setCaret(at)
    })
  }
  return (
    <div className="kf-hl">
      <div className="kf-hl-box">
        <div className="kf-hl-backdrop" ref={backdrop} aria-hidden="true" dir={dir}>
          {segments.map((s) => {
            if (s.issues.length === 0) return <span key={s.start}>{s.text}</span>
            const worst = s.issues.map((i) => issues[i]).sort((a, b) => rank[b.severity] - rank[a.severity])[0]
            return (
              <mark
                key={s.start}
                data-segment={s.start}
                className={`kf-hl-mark kf-hl-${worst.severity}${worst.depicted ? ' kf-hl-depicted' : ''}`}
                data-rule={worst.ruleId}
              >
                {s.text}
              </mark>
            )
          })}
          {'\n'}
        </div>
        <textarea
          ref={input}
          className="kf-hl-input"
          value={value}
          dir={dir}
          rows={rows}
          aria-label={label}
          aria-describedby={describedBy}
          aria-invalid={issues.some((i) => i.severity === 'error') || undefined}
          data-testid={testId}
          spellCheck
          onChange={(e) => {
            hover.hide()
            onChange(e.target.value)
            setCaret(e.target.selectionStart)
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onScroll={syncScroll}
          onKeyDown={onKeyDown}
          onMouseMove={hover.onMouseMove}
          onMouseLeave={hover.onMouseLeave}
        />
        {hovered && (
          <LintHoverCard
            issues={hovered.issues.map((n) => issues[n])}
            anchor={hover.hover!.anchor}
            dir={dir}
            onReplace={replace}
            onKeep={hover.keep}
            onLeave={hover.hideSoon}
            onClose={hover.hide}
          />
        )}
      </div>
      <div id={describedBy} className="kf-hl-explain" role="status" aria-live="polite">
        {atCaret.map((i) => (
          <p key={`${i.ruleId}-${i.range.start}`}>
            <strong>{i.message}</strong> {i.explanation}
          </p>
        ))}
      </div>
      {atCaret.some((i) => i.suggestions.length > 0) && (
        <div
          className="kf-hl-caret-fixes"
          role="group"
          aria-labelledby={`${describedBy}-fixes`}
          data-testid="caret-fixes"
        >
          <span id={`${describedBy}-fixes`}>{t('lint.kinderWording')}</span>
          {atCaret.map((i) => (
            <SuggestionButtons key={`${i.ruleId}-${i.range.start}`} issue={i} onReplace={replaceAtCaret} />
          ))}
        </div>
      )}
      {issues.length > 0 && (
        <ul className="kf-hl-issues" aria-label={t('lint.issuesInText', { count: issues.length })}>
          {issues.map((i) => (
            <li
              key={`${i.ruleId}-${i.range.start}-${i.range.end}`}
              className={`kf-hl-issue kf-hl-${i.severity}`}
              data-testid="lint-issue"
              title={i.explanation}
            >
              <span className="kf-badge">{t(SEVERITY_KEYS[i.severity])}</span>
              {i.depicted && <span className="kf-badge kf-badge-depicted">{t('lint.depicted')}</span>}
              <q>{i.actual}</q> {i.message}
              <details>
                <summary>{t('lint.why')}</summary>
                {i.explanation}
              </details>
              <SuggestionButtons issue={i} onReplace={replace} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
