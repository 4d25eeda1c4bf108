import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseIdentity, chosenIdentity, IDENTITIES, IDENTITY_IDS, type Identity } from '../../safety/identity';
import { Notice } from '../../ui/Notice';

/** The neutral name and icon, and how to install the app. */
export function IdentitySettings() {
  const { t } = useTranslation('safety');
  const [identity, setIdentity] = useState<Identity>(chosenIdentity);
  const [changed, setChanged] = useState(false);

  return (
    <section className="card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('identity.title')}</h2>
      <p>{t('identity.intro')}</p>
      <fieldset className="choices">
        <legend className="field__label">{t('identity.label')}</legend>
        {IDENTITY_IDS.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="identity"
              value={id}
              checked={identity === id}
              onChange={() => {
                chooseIdentity(id);
                setIdentity(id);
                setChanged(true);
              }}
            />
            <img src={`/icons/${IDENTITIES[id].icon}-192.png`} alt="" width={40} height={40} />
            <span>{IDENTITIES[id].name}</span>
          </label>
        ))}
      </fieldset>
      {changed ? <Notice tone="success">{t('identity.saved', { name: IDENTITIES[identity].name })}</Notice> : null}
      <p className="small">{t('identity.browserNote')}</p>
      <details className="install">
        <summary>{t('install.title')}</summary>
        <h3>{t('install.android.title')}</h3>
        <ol>
          <li>{t('install.android.step1')}</li>
          <li>{t('install.android.step2')}</li>
          <li>{t('install.android.step3')}</li>
        </ol>
        <h3>{t('install.iphone.title')}</h3>
        <ol>
          <li>{t('install.iphone.step1')}</li>
          <li>{t('install.iphone.step2')}</li>
          <li>{t('install.iphone.step3')}</li>
        </ol>
        <p>{t('install.iphone.why')}</p>
        <p>{t('install.offline')}</p>
      </details>
    </section>
  );
}
