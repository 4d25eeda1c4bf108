/**
 * The neutral identities the app can wear on the home screen: a name and an
 * icon that say nothing of its purpose. Each has its own precached manifest;
 * choosing one swaps the manifest link, the page title and the icons.
 * Browsers read the manifest when they install, so the choice must be made
 * before installing; some keep the first manifest they saw.
 */
import type { NeutralIdentity } from '../domain/deployment';
import { DEPLOYMENT_START } from '../ui/deployment-start';
import { readPreference, writePreference } from './preferences';

export const IDENTITIES = {
  notebook: { name: 'Notebook', icon: 'notebook' },
  recipes: { name: 'Recipes', icon: 'recipes' },
  lists: { name: 'Lists', icon: 'lists' },
} as const satisfies Record<NeutralIdentity, { name: string; icon: string }>;
export type Identity = NeutralIdentity;

/**
 * The identities the host offers (the deployment configuration), in the
 * order the settings show them; the first is worn until another is chosen.
 */
export const IDENTITY_IDS: readonly Identity[] = DEPLOYMENT_START.identities;

export const DEFAULT_IDENTITY: Identity = IDENTITY_IDS[0] ?? 'notebook';

/** An identity this build offers: one the host has since withdrawn falls back to the default. */
function isIdentity(value: string | null): value is Identity {
  return value !== null && (IDENTITY_IDS as readonly string[]).includes(value);
}

export function chosenIdentity(): Identity {
  const stored = readPreference('identity');
  return isIdentity(stored) ? stored : DEFAULT_IDENTITY;
}

export function identityName(identity: Identity = chosenIdentity()): string {
  return IDENTITIES[identity].name;
}

export function manifestUrl(identity: Identity): string {
  return `/manifests/${identity}.webmanifest`;
}

/** Makes the page wear an identity: manifest link, title and icons. */
export function applyIdentity(identity: Identity = chosenIdentity()): void {
  const { name, icon } = IDENTITIES[identity];
  const head = document.head;
  const link = (rel: string) => {
    let element = head.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
    if (!element) {
      element = document.createElement('link');
      element.rel = rel;
      head.append(element);
    }
    return element;
  };
  link('manifest').href = manifestUrl(identity);
  link('icon').href = `/icons/${icon}.svg`;
  link('apple-touch-icon').href = `/icons/${icon}-180.png`;
  const appleTitle = head.querySelector<HTMLMetaElement>('meta[name="apple-mobile-web-app-title"]');
  if (appleTitle) appleTitle.content = name;
  document.title = name;
}

export function chooseIdentity(identity: Identity): void {
  writePreference('identity', identity);
  applyIdentity(identity);
}
