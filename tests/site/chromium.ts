// The system Chromium, driven by playwright-core (no browser is downloaded).
// Under CI=true a missing browser fails the run instead of skipping the tests.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

export const haveChromium = existsSync(CHROMIUM)
if (!haveChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing; CI must install chromium (see .ci/run)`)
}
if (!haveChromium) console.warn(`browser tests skipped: no ${CHROMIUM} (apt-get install chromium)`)

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
