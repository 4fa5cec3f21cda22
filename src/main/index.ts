// Electron entry point. Kept thin: window, IPC registration and lifecycle live in small glue files.
import { app, BrowserWindow } from 'electron'

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1280, height: 800, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } })
  void win.loadURL('about:blank')
})
