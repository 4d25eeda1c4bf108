/**
 * The sections of the notebook, in the bar at the bottom of the screen beside
 * Exit: one row of a picture and a short word each, within reach of a thumb.
 * The words keep one size whatever the text size, so the bar never grows to
 * two rows or over the page; the page's own heading names where one is, at
 * the size the person chose.
 */
import { createContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpIcon, PeopleIcon, SettingsIcon, StepsIcon } from '../ui/icons';
import { SECTIONS, type Section } from './navigation';

/** Where in the bottom bar the sections go: the shell owns the bar, the unlocked screens fill it. */
export const NavBarSlot = createContext<HTMLElement | null>(null);

const ICONS: Readonly<Record<Section, () => ReactNode>> = {
  home: PeopleIcon,
  steps: StepsIcon,
  help: HelpIcon,
  settings: SettingsIcon,
};

export interface NavBarProps {
  current: Section;
  onSection: (section: Section) => void;
}

export function NavBar({ current, onSection }: NavBarProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="navbar">
      {SECTIONS.map((section) => {
        const SectionIcon = ICONS[section];
        return (
          <button
            key={section}
            type="button"
            className="navbar__item"
            aria-current={current === section ? 'page' : undefined}
            onClick={() => onSection(section)}
          >
            <SectionIcon />
            <span className="navbar__label">{t(`nav.${section}`)}</span>
          </button>
        );
      })}
    </nav>
  );
}
