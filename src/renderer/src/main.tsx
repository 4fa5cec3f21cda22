import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from './i18n'
import { App } from './app/App'
import { reportUnhandled } from './app/notify'
import './app/styles.css'

// Nothing thrown outside React (async handlers, event listeners) may disappear silently.
window.addEventListener('unhandledrejection', (e) => reportUnhandled(e.reason))

// A failure here reaches the unhandledrejection reporter above.
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
})
