/**
 * Which numbers are worth offering a text message to: a mobile number that
 * reaches one person. An office line, a home line or a number with an
 * extension (a switchboard) would drop the message or deliver it to the
 * wrong desk, so the app offers only a call for those.
 */
import type { Phone } from './common';
import { dialable } from './phone';

export function hasExtension(phone: Phone): boolean {
  return dialable(phone.number).includes(';ext=');
}

export function canText(phone: Phone): boolean {
  return phone.kind === 'mobile' && !hasExtension(phone);
}
