/**
 * The privacy cover: a plain sheet over the whole page, so nothing of the
 * app can be read (in the app switcher, or in the instant before leaving).
 * It is a class on <html>; the stylesheet hides the app under it.
 */
const COVERED = 'covered';

export function cover(): void {
  document.documentElement.classList.add(COVERED);
}

export function uncover(): void {
  document.documentElement.classList.remove(COVERED);
}

export function isCovered(): boolean {
  return document.documentElement.classList.contains(COVERED);
}
