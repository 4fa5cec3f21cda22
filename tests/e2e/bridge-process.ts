// Run by the Playwright global setup with tsx: starts the real browser bridge (startBridge({port:0}))
// in its own process and prints one JSON line with its URL. Its own process because tsx loads the
// app exactly as `npm run studio:web` does (JSON imports and all), which Playwright's test loader
// does not, and because export runs then don't share an event loop with the test runner.
import { startBridge } from '../../src/bridge/server'

const rendererDir = process.argv[2]
const bridge = await startBridge({ port: 0, rendererDir })
process.stdout.write(`${JSON.stringify({ url: bridge.url, importDir: bridge.importDir })}\n`)

const stop = () => {
  bridge.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
