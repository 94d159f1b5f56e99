// Options for Remix's Vite plugin; vite.config.ts imports them. Kept in their own file
// so that tooling and people find the future flags and route conventions in one place.
/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
  ignoredRouteFiles: ['**/*.test.{ts,tsx}', '**/.*'],
  serverModuleFormat: 'esm',
  // several builds may run side by side (parallel test runs): BUILD_DIR keeps them apart
  buildDirectory: process.env.BUILD_DIR ?? 'build',
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
    v3_routeConfig: true,
  },
}
