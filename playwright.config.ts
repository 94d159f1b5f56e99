import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3300)
export const baseURL = `http://localhost:${port}`
export const e2eDatabase = `tests/.tmp/e2e-${port}.db`

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: { baseURL, trace: 'off', launchOptions: chromium, locale: 'en-GB' },
  projects: [
    { name: 'js', use: { ...devices['Desktop Chrome'], launchOptions: chromium, javaScriptEnabled: true } },
    { name: 'no-js', use: { ...devices['Desktop Chrome'], launchOptions: chromium, javaScriptEnabled: false } },
  ],
  webServer: {
    command: 'bash tests/e2e/serve.sh',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(port), E2E_DB: e2eDatabase, DEMO_PASSWORD: 'correct horse battery staple olive' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
