/**
 * The survivor's own default country for phone numbers typed without +, as
 * far as the phone can tell: the region of its language (es-MX: Mexico).
 * The notebook has no setting for it yet; the domain falls back to the US.
 */
import { type CountryCode, regionOfLanguage } from '../domain/phone';

export function deviceRegion(): CountryCode | null {
  const languages = globalThis.navigator?.languages ?? [];
  for (const tag of [...languages, globalThis.navigator?.language]) {
    const region = regionOfLanguage(tag);
    if (region) return region;
  }
  return null;
}
