/**
 * The public pages the app's facts come from, named as each page names itself
 * (publisher, then title), so a fact shown with "Source: …" can be looked up
 * and checked again. Shown as plain text, never as links: the app contacts no
 * other server. `seed` is the captured copy the facts were taken from.
 */
export interface Source {
  /** Publisher and title as the page gives them; a page that names no publisher gives its title only. */
  readonly name: string;
  readonly seed: string;
  /** When the page was captured (ISO date). The captures carry no date of their own, so this is the day they were read. */
  readonly checkedOn: string;
}

/** The day the captured pages were read; none of them states a date of capture. */
export const SOURCES_CHECKED_ON = '2026-11-22';

export const SOURCES = {
  /** A local hotline's page for immigrants: 911, its 24-hour line, U and T visas, collecting evidence. */
  theNetwork: {
    name: 'the network, “Resources For Immigrants”',
    seed: '001_3620ff397a3eb95b',
    checkedOn: SOURCES_CHECKED_ON,
  },
  /** An article for advocates: start an immigration case early, waiting lists, the evidence to save. */
  startEarly: {
    name: '“Don’t Wait: Support Immigrant Survivors in Starting Their Immigration Case Early”',
    seed: '002_ce5fdbfb55db5af4',
    checkedOn: SOURCES_CHECKED_ON,
  },
  /** A law firm's article by a former New York police officer: police, status questions, orders of protection, 911 languages. */
  rosenblumLaw: {
    name: 'Rosenblum Law, “Undocumented Immigrants and Domestic Violence: How to Seek Help Without Fear of Deportation”',
    seed: '003_86ed6070375d4a43',
    checkedOn: SOURCES_CHECKED_ON,
  },
  /** Guidance for service providers: the National Domestic Violence Hotline and its number. */
  immediateDanger: {
    name: '“What should I do if the person I am serving is in immediate danger?”',
    seed: '004_638ca34068aae26d',
    checkedOn: SOURCES_CHECKED_ON,
  },
  /** The overall guide: keeping copies with trusted people and organisations. */
  safeContacts: {
    name: '“Safe Contacts for Immigrant Survivors”',
    seed: '000_9bb375ffa63ab7b3',
    checkedOn: SOURCES_CHECKED_ON,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
