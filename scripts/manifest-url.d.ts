// Types for scripts/manifest-url.js, which webpack.config.js loads as plain CommonJS.
export const DEV_URL: string;
/** The URL dist/ is served from, ending in "/"; throws a one-line message unless it is plain https. */
export function addinBaseUrl(addinUrl: string): string;
/** The manifest with every https://localhost:3000/ URL pointed at addinUrl (AppDomain at its origin). */
export function rewriteManifest(xml: string, options?: { addinUrl?: string; testVariant?: boolean }): string;
