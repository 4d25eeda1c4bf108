import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { LoadFailure } from '../../src/app/LoadFailure';

function Broken(): never {
  throw new Error('chunk failed to load');
}

describe('LoadFailure', () => {
  it('shows a plain message with a reload button when part of the app fails to load', async () => {
    const i18n = await setupI18n('en');
    await i18n.loadNamespaces(UNLOCKED_NAMESPACES);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={i18n}>
        <LoadFailure>
          <Broken />
        </LoadFailure>
      </I18nextProvider>,
    );
    quiet.mockRestore();
    expect(screen.getByText(/Part of the app could not be loaded/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
