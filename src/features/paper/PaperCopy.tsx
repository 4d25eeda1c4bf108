/**
 * A paper copy of the list: the survivor chooses which groups, whether to
 * print full names or only the short names, and whether the page has a title.
 * The sheet below the choices is exactly what prints (see paper.css).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phone } from '../../domain/common';
import { EMERGENCY_NUMBERS } from '../../domain/emergency';
import { CATEGORIES, type Category } from '../../domain/levels';
import { LIMITS } from '../../domain/limits';
import { displayPhone } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { useContents } from '../notebook';
import './paper.css';

type Names = 'short' | 'full';

interface Entry {
  id: string;
  name: string;
  phones: Phone[];
}

export function PaperCopy() {
  const { t } = useTranslation('paper');
  const { people, organisations } = useContents();
  const [groups, setGroups] = useState<ReadonlySet<Category>>(() => new Set(CATEGORIES));
  const [names, setNames] = useState<Names>('short');
  const [title, setTitle] = useState('');
  const [nameNumbers, setNameNumbers] = useState(false);
  const namesId = useId();

  function toggle(category: Category, on: boolean) {
    setGroups((current) => {
      const next = new Set(current);
      if (on) next.add(category);
      else next.delete(category);
      return next;
    });
  }

  function entriesOf(category: Category): Entry[] {
    const listed: Entry[] = people
      .filter((person) => person.category === category)
      .map((person) => ({
        id: person.id,
        name: names === 'full' && person.fullName.trim() ? person.fullName : person.label,
        phones: person.phones,
      }));
    if (category === 'organisation') {
      listed.push(...organisations.map(({ id, name, phones }) => ({ id, name, phones })));
    }
    return listed.sort((a, b) => a.name.localeCompare(b.name));
  }

  const sections = CATEGORIES.filter((category) => groups.has(category)).map((category) => ({
    category,
    entries: entriesOf(category),
  }));

  return (
    <Screen title={t('title')}>
      <div className="paper__options">
        <p>{t('intro')}</p>
        <fieldset className="card choices">
          <legend className="field__label">{t('groups')}</legend>
          {CATEGORIES.map((category) => (
            <label key={category} className="choice">
              <input
                type="checkbox"
                checked={groups.has(category)}
                onChange={(event) => toggle(category, event.target.checked)}
              />
              <span>{t(`list:categories.${category}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="card choices" aria-describedby={namesId}>
          <legend className="field__label">{t('names.legend')}</legend>
          <p id={namesId} className="small">
            {t('names.hint')}
          </p>
          {(['short', 'full'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="paper-names" checked={names === choice} onChange={() => setNames(choice)} />
              <span>{t(`names.${choice}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="card">
          <Field
            label={t('pageTitle.label')}
            hint={t('pageTitle.hint')}
            value={title}
            maxLength={LIMITS.paperTitle}
            onChange={(event) => setTitle(event.target.value)}
          />
          <label className="choice">
            <input type="checkbox" checked={nameNumbers} onChange={(event) => setNameNumbers(event.target.checked)} />
            <span>{t('nameNumbers')}</span>
          </label>
        </div>
        <Button variant="primary" onClick={() => globalThis.print()}>
          {t('print')}
        </Button>
        <h2>{t('preview')}</h2>
      </div>

      <article className="print-sheet" aria-label={t('preview')}>
        {title.trim() ? <h2 className="print-sheet__title">{title.trim()}</h2> : null}
        {sections.map(({ category, entries }) =>
          entries.length ? (
            <section key={category} className="print-sheet__group">
              <h3>{t(`list:categories.${category}`)}</h3>
              <ul>
                {entries.map((entry) => (
                  <li key={entry.id} className="print-sheet__entry">
                    <span className="print-sheet__name">{entry.name}</span>
                    {entry.phones.length ? (
                      entry.phones.map((phone) => (
                        <span key={`${phone.kind}-${phone.number}`} className="print-sheet__phone">
                          <span className="small">{t(`list:details.phoneKinds.${phone.kind}`)}</span>{' '}
                          <span className="print-sheet__number" dir="ltr">
                            {displayPhone(phone.number)}
                          </span>
                        </span>
                      ))
                    ) : (
                      <span className="small">{t('noNumber')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
        {sections.every(({ entries }) => entries.length === 0) ? <p>{t('empty')}</p> : null}
        <section className="print-sheet__group print-sheet__emergency">
          <h3>{t('emergency')}</h3>
          <ul>
            {EMERGENCY_NUMBERS.map((entry) => (
              <li key={entry.id} className="print-sheet__entry">
                <span className="print-sheet__name">
                  {nameNumbers ? t(`emergency:numbers.${entry.id}`) : t(`neutral.${entry.id}`)}
                </span>
                <span className="print-sheet__number" dir="ltr">
                  {entry.display}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </article>
    </Screen>
  );
}
