import { useTranslation } from 'react-i18next'
import type { QcIssue } from '../../../../shared/subtitles/qc'
import { isQcMessageKey, SEVERITY_KEYS } from './qc-messages'

/** QC findings of one cue, translated when the key is known, with the rule's fix as a button. */
export function QcIssueList({ issues, onFix }: { issues: QcIssue[]; onFix(issue: QcIssue): void }) {
  const { t } = useTranslation('editor')
  if (issues.length === 0) return null
  return (
    <ul className="kf-qc-list" aria-label={t('subtitles.qcList')}>
      {issues.map((i) => (
        <li
          key={`${i.ruleId}-${i.cueId}`}
          className={`kf-qc kf-qc-${i.severity}`}
          data-testid="qc-issue"
          data-rule={i.ruleId}
        >
          <span className="kf-badge">{t(SEVERITY_KEYS[i.severity])}</span>
          {isQcMessageKey(i.messageKey) ? t(i.messageKey, { ...i.params, defaultValue: i.message }) : i.message}
          {i.fix && (
            <button type="button" onClick={() => onFix(i)}>
              {t('subtitles.applyFix')}
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
