import './node-realm';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../src/app/i18n';
import { CallLink } from '../../src/features/help/parts';
import { person } from '../vault/helpers';
import { renderUnlockedWith, SCREEN_CHANGE } from './harness';

const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * WCAG 2.5.3 (label in name): every control given its own name must start
 * with the words it shows, so a person using voice control can say them.
 */
const CONTROLS = ['a[href]', 'button', 'input', 'select', 'textarea', '[role="button"]', '[role="link"]']
  .map((control) => `${control}[aria-label]`)
  .join(', ');

/** Only controls: a landmark's name (a nav called "Sections") is not a label a person speaks. */
function namesThatHideTheirWords(root: HTMLElement = document.body): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CONTROLS))
    .filter((element) => words(element.textContent) !== '')
    .filter((element) => !words(element.getAttribute('aria-label')).startsWith(words(element.textContent)))
    .map((element) => `"${words(element.getAttribute('aria-label'))}" shows "${words(element.textContent)}"`);
}

const ANA = person('Ana', {
  category: 'primary',
  phones: [{ kind: 'mobile', number: '+12025550143' }],
} as Parameters<typeof person>[1]);

describe('names that contain the words shown', () => {
  it('a call link for a shared number is named by its words first, then who answers', async () => {
    for (const language of ['en', 'es', 'fr', 'ko', 'hi']) {
      const i18n = await setupI18n(language);
      await i18n.loadNamespaces('help');
      const view = render(
        <I18nextProvider i18n={i18n}>
          <CallLink scheme="tel" number="911" name="Police" />
          <CallLink scheme="sms" number="88788" name="Hotline" />
        </I18nextProvider>,
      );
      expect(namesThatHideTheirWords(view.container), language).toEqual([]);
      view.unmount();
    }
    const i18n = await setupI18n('en');
    await i18n.loadNamespaces('help');
    render(
      <I18nextProvider i18n={i18n}>
        <CallLink scheme="tel" number="911" name="Police, ambulance and fire" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('link', { name: 'Call 911, Police, ambulance and fire' })).toBeTruthy();
  });

  it('on the list, every named control starts with the words it shows', async () => {
    await renderUnlockedWith([ANA]);
    expect(screen.getByRole('link', { name: 'Call: Ana, (202) 555-0143' })).toBeTruthy();
    expect(namesThatHideTheirWords()).toEqual([]);
  });

  it('on the emergency screen, the text link starts with the word it shows, in every language tried', async () => {
    const { user, i18n } = await renderUnlockedWith([ANA]);
    await user.click(screen.getByRole('button', { name: 'Emergency numbers' }));
    await screen.findByRole('heading', { level: 1, name: i18n.t('emergency:title') }, SCREEN_CHANGE);
    const text = screen.getByRole('link', { name: 'Text: Ana, (202) 555-0143' });
    expect(within(text).getByText('Text')).toBeTruthy();
    for (const language of ['es', 'fr', 'ko', 'hi', 'pt']) {
      await i18n.changeLanguage(language);
      await screen.findByRole('heading', { level: 1, name: i18n.t('emergency:title') }, SCREEN_CHANGE);
      expect(namesThatHideTheirWords(), language).toEqual([]);
    }
  });
});
