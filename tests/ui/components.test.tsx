import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../src/ui/Button';
import { Field } from '../../src/ui/Field';
import { Notice } from '../../src/ui/Notice';
import { Screen } from '../../src/ui/Screen';

describe('Field', () => {
  it('ties the label, the hint and the error to the input', () => {
    render(<Field label="Phone number" hint="Start with +" error="Not a number" defaultValue="12" />);
    const input = screen.getByLabelText('Phone number');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const described = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Start with +', 'Not a number']);
    expect(screen.getByRole('alert').textContent).toBe('Not a number');
  });

  it('is not marked invalid and announces nothing while there is no error', () => {
    render(<Field label="Name to show" />);
    const input = screen.getByLabelText('Name to show');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives each field its own id, so two fields with the same label do not collide', () => {
    render(
      <>
        <Field label="Same" />
        <Field label="Same" />
      </>,
    );
    const [first, second] = screen.getAllByLabelText('Same');
    expect(first?.id).not.toBe(second?.id);
  });
});

describe('Button', () => {
  it('does not send the form it sits in unless it is a submit button', async () => {
    const submit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => submit(event.nativeEvent)}>
        <Button>Cancel</Button>
        <Button type="submit">Save</Button>
      </form>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(submit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(submit).toHaveBeenCalledTimes(1);
  });
});

describe('Notice', () => {
  it('interrupts for an error and waits its turn otherwise', () => {
    render(
      <>
        <Notice tone="error">Broken</Notice>
        <Notice tone="success">Saved</Notice>
        <Notice tone="info" live={false}>
          Quiet
        </Notice>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Broken');
    expect(screen.getByRole('status').textContent).toBe('Saved');
    expect(screen.getByText('Quiet').closest('[role]')).toBeNull();
  });
});

describe('Screen', () => {
  it('moves focus to its heading when it appears', () => {
    render(
      <Screen title="People">
        <p>Body</p>
      </Screen>,
    );
    const heading = screen.getByRole('heading', { name: 'People', level: 1 });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('main').textContent).toContain('Body');
  });

  it('the first Tab from its heading goes to the top of the page, where the exit is; Shift+Tab goes back as usual', async () => {
    const user = userEvent.setup();
    render(
      <>
        <header>
          <button type="button">Exit</button>
          <button type="button">Sections</button>
        </header>
        <Screen title="People">
          <button type="button">Add someone</button>
        </Screen>
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'People', level: 1 }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Exit' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sections' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add someone' }));

    screen.getByRole('heading', { name: 'People', level: 1 }).focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sections' }));
  });
});
