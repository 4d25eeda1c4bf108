/**
 * Numbers to call in an emergency, as data shared by the help pages, the
 * emergency view and the printed list. Each carries the page it came from and
 * when that page was read, because a number can change and must be checkable.
 * The seed pages give no text line, so no entry has `sms` yet.
 */
import { SOURCES } from './sources';

export type EmergencyNumberId = 'emergency-911' | 'national-dv-hotline' | 'local-the-network';

export interface EmergencyNumber {
  readonly id: EmergencyNumberId;
  /** As the source writes it. */
  readonly display: string;
  /** Another way the source writes it, such as letters on the keypad. */
  readonly alsoWritten?: string;
  /** For a tel: link: digits, with a leading + for a full international number. */
  readonly dial: string;
  /** For an sms: link, when the line takes text messages. */
  readonly sms?: string;
  /** 'local' serves one area (which the source does not always say); 'national' the whole country. */
  readonly reach: 'national' | 'local';
  /** The page the number comes from, as the page names itself (see SOURCES). */
  readonly source: string;
  /** When that page was read (ISO date). */
  readonly checkedOn: string;
}

export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
  {
    id: 'emergency-911',
    display: '911',
    dial: '911',
    reach: 'national',
    source: SOURCES.theNetwork.name,
    checkedOn: SOURCES.theNetwork.checkedOn,
  },
  {
    id: 'national-dv-hotline',
    display: '1-800-799-7233',
    alsoWritten: '1-800-799-SAFE',
    dial: '+18007997233',
    reach: 'national',
    source: SOURCES.immediateDanger.name,
    checkedOn: SOURCES.immediateDanger.checkedOn,
  },
  {
    // The source calls it a 24-hour hotline where all languages are supported; it names no area (860 is a Connecticut area code).
    id: 'local-the-network',
    display: '860.763.4542',
    dial: '+18607634542',
    reach: 'local',
    source: SOURCES.theNetwork.name,
    checkedOn: SOURCES.theNetwork.checkedOn,
  },
];

/** One number by its id. */
export function emergencyNumber(id: EmergencyNumberId): EmergencyNumber {
  const found = EMERGENCY_NUMBERS.find((entry) => entry.id === id);
  // The ids are a closed union over the list above, so this cannot happen.
  if (!found) throw new Error(`no emergency number ${id}`);
  return found;
}
