// The few React types the playground uses. @types/react is not a dependency: GraphiQL's own
// declarations refer to it, and skipLibCheck lets them resolve loosely through these.
declare module 'react' {
  export type ReactNode = unknown;
  export interface ReactElement {
    readonly type: unknown;
  }
  export function createElement(type: unknown, props?: object | null, ...children: unknown[]): ReactElement;
  export function useEffect(effect: () => void | (() => void), deps?: unknown[]): void;
  export function useState<T>(initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void];
}

declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(node: unknown): void; unmount(): void };
}
