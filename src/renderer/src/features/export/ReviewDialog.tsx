import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { preflight, type PreflightFacts, type PreflightReport } from '../../../../shared/preflight'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { reportError } from '../../app/notify'
import { Dialog } from '../../app/ui/Dialog'
import { Reconsider } from './Reconsider'
import { ReviewOutput } from './ReviewOutput'
import { reviewRequest } from './review-request'
import { useExportSettings } from './settings-store'
import './review.css'

const FACT_KEYS = { media: 'review.facts.media', fonts: 'review.facts.fonts', outputs: 'review.facts.outputs' } as const

/**
 * Review before export: main looks at the disk once (media, fonts, output folder); the pre-flight
 * itself is the pure shared function, re-run here on every edit, so a fix made in place (a kinder
 * word, an accepted media file) updates the list at once. Then Export all, Export only the ready
 * ones, or Cancel. Harness signals: review-ready {total, ready, incomplete, blocked, …}, export-started.
 */
export function ReviewDialog() {
  const { t } = useTranslation()
  const project = useStudio((s) => s.project)
  const projectPath = useStudio((s) => s.projectPath)
  const selectedClipId = useStudio((s) => s.selectedClipId)
  const settings = useExportSettings()
  const [facts, setFacts] = useState<PreflightFacts | null>(null)
  const [generation, setGeneration] = useState(0)
  const [busy, setBusy] = useState(false)
  const close = () => useStudio.getState().openDialog(null)
  const request = useMemo(
    () => (project && projectPath ? reviewRequest(project, projectPath, settings, selectedClipId) : null),
    // The request changes with the form and the locales, not with every edit of a cue.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately not `project` (see above)
    [projectPath, project?.sourceLocale, project?.targetLocales, settings, selectedClipId]
  )
  useEffect(() => {
    // Facts are about the disk: fetched when the review opens and on "Check again", not per edit.
    const current = useStudio.getState().project
    if (!current || !request) return
    let live = true
    setFacts(null)
    client()
      ['export.preflight']({ ...request, project: current })
      .then((r) => {
        if (!live) return
        setFacts(r.facts)
        emitSignal('review-ready', { ...r.report.summary })
      })
      .catch((err: unknown) => {
        reportError(err)
        close()
      })
    return () => {
      live = false
    }
  }, [generation, request])
  const report = useMemo((): PreflightReport | Error | null => {
    if (!project || !request || !facts) return null
    try {
      return preflight(project, request, facts)
    } catch (err) {
      return err as Error
    }
  }, [project, request, facts])

  const start = async (mode: 'all' | 'ready') => {
    const current = useStudio.getState().project
    if (!current || !request) return
    setBusy(true)
    try {
      const { onWorkers, queueUrl } = useExportSettings.getState()
      const remote = onWorkers && queueUrl.trim() ? { queueUrl: queueUrl.trim() } : {}
      const { batchId, jobs } = await client()['export.start']({ ...request, project: current, mode, ...remote })
      emitSignal('export-started', { batchId, jobs: jobs.length, mode })
      close()
      useStudio.getState().setInspectorTab('export')
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  const acceptMedia = async (clipId: string) => {
    const { project: current, projectPath: path } = useStudio.getState()
    const clip = current?.clips.find((c) => c.id === clipId)
    if (!clip || !path) return
    try {
      const { path: mediaPath } = await client()['media.resolve']({ projectPath: path, media: clip.media })
      const { clip: accepted } = await client()['project.relink']({ projectPath: path, clip, mediaPath })
      useStudio.getState().updateProject((p) => ({ ...p, clips: p.clips.map((c) => (c.id === clipId ? accepted : c)) }))
      setGeneration((g) => g + 1)
    } catch (err) {
      reportError(err)
    }
  }

  const ok = report && !(report instanceof Error) ? report : null
  const exportable = ok ? ok.summary.ready + ok.summary.incomplete : 0
  const actions = (
    <>
      <button type="button" onClick={close}>
        {t('review.cancel')}
      </button>
      <button
        type="button"
        disabled={!ok || busy || ok.summary.ready === 0}
        onClick={() => start('ready')}
        data-testid="review-export-ready"
      >
        {t('review.exportReady', { n: ok?.summary.ready ?? 0 })}
      </button>
      <button
        type="button"
        className="primary"
        disabled={!ok || busy || exportable === 0}
        onClick={() => start('all')}
        data-testid="review-export-all"
      >
        {t('review.exportAll', { n: exportable })}
      </button>
    </>
  )
  return (
    <Dialog title={t('review.title')} onClose={close} actions={actions} wide>
      {!report && (
        <p role="status" aria-live="polite">
          {t('review.loading')}
        </p>
      )}
      {report instanceof Error && <p role="alert">{report.message}</p>}
      {ok && project && (
        <div className="review" data-testid="review">
          <p role="status" aria-live="polite" data-testid="review-summary">
            {ok.summary.ready === ok.summary.total
              ? t('review.allReady')
              : t('review.summary', {
                  total: ok.summary.total,
                  ready: ok.summary.ready,
                  incomplete: ok.summary.incomplete,
                  blocked: ok.summary.blocked
                })}
          </p>
          {(['media', 'fonts', 'outputs'] as const).some((k) => !ok.verified[k]) && (
            <p className="hint">
              {t('review.notVerified', {
                what: (['media', 'fonts', 'outputs'] as const)
                  .filter((k) => !ok.verified[k])
                  .map((k) => t(FACT_KEYS[k]))
                  .join(', ')
              })}
            </p>
          )}
          <Reconsider
            problems={ok.outputs.flatMap((o) => o.problems.filter((p) => p.code === 'kindness'))}
            project={project}
          />
          <section aria-labelledby="review-outputs-title">
            <div className="review-output-head">
              <h3 id="review-outputs-title">{t('review.outputsTitle')}</h3>
              <button type="button" onClick={() => setGeneration((g) => g + 1)}>
                {t('review.recheck')}
              </button>
            </div>
            <ul className="review-outputs">
              {ok.outputs.map((o) => (
                <ReviewOutput
                  key={`${o.clipId}-${o.locale}`}
                  output={o}
                  project={project}
                  onAcceptMedia={acceptMedia}
                />
              ))}
            </ul>
          </section>
          <p className="hint">{t('review.hint')}</p>
        </div>
      )}
    </Dialog>
  )
}
