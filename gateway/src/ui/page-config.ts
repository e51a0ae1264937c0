/**
 * What the gateway tells a page at load: written into the HTML as JSON
 * (<script type="application/json" id="nef-config">), read by the page's bundle.
 */
export interface PlaygroundConfig {
  /** The gateway uses the published demo keys: prefill them. */
  demoKeys: boolean;
  /** Introspection is on (off in production): without it there are no docs or completion. */
  introspection: boolean;
  /** Link to the dashboard. */
  dashboard: boolean;
}

export interface DashboardConfig {
  /** Prefilled dashboard key (demo-dashboard with the demo keys), or empty. */
  defaultKey: string;
  /** Link to the playground. */
  playground: boolean;
}

export const CONFIG_ELEMENT_ID = 'nef-config';

/** Reads the page's configuration (browser side). */
export function readPageConfig<T>(): T {
  const el = document.getElementById(CONFIG_ELEMENT_ID);
  return JSON.parse(el?.textContent ?? '{}') as T;
}
