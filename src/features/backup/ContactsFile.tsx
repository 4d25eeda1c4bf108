/**
 * A contacts file for the phone's own address book, with only the short
 * names the survivor chose (the guide's "simple labels in your phone").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayPhone } from '../../domain/phone';
import { phoneName, toVCard } from '../../domain/vcard';
import { Button } from '../../ui/Button';
import { dateStamp, saveFile } from '../../ui/download';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { useContents } from '../notebook';

export function ContactsFile() {
  const { t } = useTranslation('backup');
  const { people } = useContents();
  const withNumbers = people
    .filter((person) => person.phones.length > 0 && person.level !== 'none')
    .sort((a, b) => a.label.localeCompare(b.label));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(withNumbers.filter((person) => person.category !== null).map((person) => person.id)),
  );
  const [saved, setSaved] = useState(false);
  const selected = withNumbers.filter((person) => chosen.has(person.id));

  function toggle(id: string, on: boolean) {
    setSaved(false);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function save() {
    saveFile(toVCard(selected), `contacts-${dateStamp()}.vcf`, 'text/vcard');
    setSaved(true);
  }

  return (
    <Screen title={t('contacts.title')}>
      <p>{t('contacts.intro')}</p>
      {withNumbers.length === 0 ? (
        <p>{t('contacts.nobody')}</p>
      ) : (
        <fieldset className="card choices">
          <legend className="field__label">{t('contacts.choose')}</legend>
          {withNumbers.map((person) => (
            <label key={person.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.has(person.id)}
                onChange={(event) => toggle(person.id, event.target.checked)}
              />
              <span>
                <span className="strong">{t('contacts.savedAs', { name: phoneName(person) })}</span>
                <span className="small contact-file__numbers" dir="ltr">
                  {person.phones.map((phone) => displayPhone(phone.number)).join(' · ')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="small">{t('contacts.labelHint')}</p>
      <Button variant="primary" onClick={save} disabled={selected.length === 0}>
        {t('contacts.save', { count: selected.length })}
      </Button>
      {saved ? (
        <Notice tone="success">
          <p>{t('contacts.saved')}</p>
        </Notice>
      ) : null}
    </Screen>
  );
}
