import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyIdentity,
  chooseIdentity,
  chosenIdentity,
  IDENTITIES,
  IDENTITY_IDS,
  identityName,
  manifestUrl,
} from '../../src/safety/identity';

const link = (rel: string) => document.head.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`)?.getAttribute('href');

beforeEach(() => {
  localStorage.clear();
  document.head.innerHTML = '<meta name="apple-mobile-web-app-title" content="Notebook" />';
  document.title = '';
});

afterEach(() => {
  localStorage.clear();
  document.head.innerHTML = '';
});

describe('the neutral name and icon', () => {
  it('is Notebook until another is chosen', () => {
    expect(chosenIdentity()).toBe('notebook');
    expect(identityName()).toBe('Notebook');
  });

  it.each(IDENTITY_IDS)('wearing %s sets the manifest, icons and titles', (identity) => {
    applyIdentity(identity);
    const { name, icon } = IDENTITIES[identity];
    expect(link('manifest')).toBe(`/manifests/${identity}.webmanifest`);
    expect(link('icon')).toBe(`/icons/${icon}.svg`);
    expect(link('apple-touch-icon')).toBe(`/icons/${icon}-180.png`);
    expect(document.title).toBe(name);
    expect(document.head.querySelector('meta[name="apple-mobile-web-app-title"]')?.getAttribute('content')).toBe(name);
  });

  it('swaps the existing links rather than adding more', () => {
    applyIdentity('recipes');
    applyIdentity('lists');
    expect(document.head.querySelectorAll('link[rel="manifest"]')).toHaveLength(1);
    expect(document.head.querySelectorAll('link[rel="icon"]')).toHaveLength(1);
    expect(link('manifest')).toBe(manifestUrl('lists'));
  });

  it('remembers the choice, so the next visit wears it before unlocking', () => {
    chooseIdentity('recipes');
    expect(document.title).toBe('Recipes');
    expect(localStorage.getItem('notebook.identity')).toBe('recipes');

    document.title = 'Notebook';
    applyIdentity();
    expect(chosenIdentity()).toBe('recipes');
    expect(document.title).toBe('Recipes');
    expect(link('manifest')).toBe('/manifests/recipes.webmanifest');
  });

  it('wears Notebook when what is stored is not one of the names', () => {
    for (const stored of ['constructor', 'Shelter', '']) {
      localStorage.setItem('notebook.identity', stored);
      expect(chosenIdentity()).toBe('notebook');
    }
  });
});
