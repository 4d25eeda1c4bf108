/**
 * The namespaces of the screens before the passphrase (first run, unlock,
 * the quick exit, the error pages). Their words come with the first screen,
 * in one small chunk per language; every other namespace loads once the
 * notebook is unlocked (vite.config.ts groups the chunks the same way).
 */
export const START_NAMESPACES = ['common', 'errors', 'safety', 'setup', 'unlock'] as const;

export function isStartNamespace(namespace: string): boolean {
  return (START_NAMESPACES as readonly string[]).includes(namespace);
}
