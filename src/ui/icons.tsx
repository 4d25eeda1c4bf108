/**
 * The few pictures the app draws, as inline SVG: nothing is fetched, no icon
 * font. Each one sits beside its word, never instead of it, so it is hidden
 * from screen readers. They take the colour of the text around them.
 */
import type { ReactNode } from 'react';

/** `mirrored`: a picture with a direction (going forward, going out), turned round in right-to-left pages. */
function Icon({ children, mirrored = false }: { children: ReactNode; mirrored?: boolean }) {
  return (
    <svg
      className={mirrored ? 'icon icon--mirrored' : 'icon'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** The list of people: two heads and shoulders. */
export function PeopleIcon() {
  return (
    <Icon>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
      <path d="M15.5 4.7a3.5 3.5 0 0 1 0 6.6" />
      <path d="M18 14.4c2.1.8 3.5 2.8 3.5 5.6" />
    </Icon>
  );
}

/** The steps: a staircase going up. */
export function StepsIcon() {
  return (
    <Icon mirrored>
      <path d="M3 20h5v-5h5v-5h5V5h3" />
    </Icon>
  );
}

/** Help: a question mark in a circle. */
export function HelpIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M9.3 9.2a2.8 2.8 0 0 1 5.4 1c0 1.9-2.7 2.4-2.7 4" />
      <path d="M12 17.6v.1" />
    </Icon>
  );
}

/** Settings: three sliders. */
export function SettingsIcon() {
  return (
    <Icon>
      <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
      <circle cx="15" cy="6" r="2" />
      <circle cx="9" cy="12" r="2" />
      <circle cx="17" cy="18" r="2" />
    </Icon>
  );
}

/** Lock: a closed padlock. */
export function LockIcon() {
  return (
    <Icon>
      <rect x="4.5" y="10.5" width="15" height="10" rx="2" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
    </Icon>
  );
}

/** Exit: an arrow leaving through a door. */
export function ExitIcon() {
  return (
    <Icon mirrored>
      <path d="M10 3.5H5.5a1 1 0 0 0-1 1v15a1 1 0 0 0 1 1H10" />
      <path d="M9.5 12H21M17 7.5l4.5 4.5-4.5 4.5" />
    </Icon>
  );
}

/** Read aloud: a speaker with sound coming out. Like other media pictures, it keeps its direction in right-to-left pages. */
export function SpeakerIcon() {
  return (
    <Icon>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
      <path d="M15.5 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11" />
    </Icon>
  );
}

/** Pause: two upright bars. */
export function PauseIcon() {
  return (
    <Icon>
      <path d="M8.5 5.5v13M15.5 5.5v13" />
    </Icon>
  );
}

/** Resume: a play triangle, pointing right in every language, as on every media player. */
export function PlayIcon() {
  return (
    <Icon>
      <path d="M7.5 5l11 7-11 7z" />
    </Icon>
  );
}

/** Stop: a square. */
export function StopIcon() {
  return (
    <Icon>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
    </Icon>
  );
}
