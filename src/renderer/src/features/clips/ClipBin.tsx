import { useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'
import { reportError } from '../../app/notify'
import { ClipCard } from './ClipCard'
import { ImportStatus } from './ImportStatus'
import { MissingMediaBanner } from './MissingMediaBanner'
import { importDroppedFiles, startImport } from './start-import'

/** The left column (right in RTL): clips with thumbnails, import by button or drag-and-drop. */
export function ClipBin() {
  const { t } = useTranslation()
  const project = useStudio((s) => s.project)
  const selectedId = useStudio((s) => s.selectedClipId)
  const selectClip = useStudio((s) => s.selectClip)
  const missing = useStudio((s) => s.missingMedia)
  const [dragging, setDragging] = useState(false)
  if (!project) return null
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const files = [...e.dataTransfer.files]
    if (files.length) importDroppedFiles(files).catch(reportError)
  }
  return (
    <aside
      className={`bin${dragging ? ' dragging' : ''}`}
      aria-label={t('clips.binLabel')}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="bin-header">
        <h2>{t('clips.heading', { count: project.clips.length })}</h2>
        <button type="button" onClick={() => startImport(t('clips.import.title')).catch(reportError)}>
          {t('clips.import.button')}
        </button>
      </div>
      <ImportStatus />
      {project.clips
        .filter((clip) => missing.includes(clip.id))
        .map((clip) => (
          <MissingMediaBanner key={clip.id} clip={clip} />
        ))}
      {project.clips.length === 0 ? (
        <p className="hint bin-empty">{t('clips.empty')}</p>
      ) : (
        <ul className="clip-list">
          {project.clips.map((clip) => (
            <ClipCard
              key={clip.id}
              clip={clip}
              project={project}
              selected={clip.id === selectedId}
              missing={missing.includes(clip.id)}
              onSelect={() => selectClip(clip.id)}
            />
          ))}
        </ul>
      )}
    </aside>
  )
}
