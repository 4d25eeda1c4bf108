import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STRENGTH_LEVELS, type Strength } from './strength';
import { type StrengthEstimator, StrengthEstimatorContext } from './strength-estimator';

/** Typing pauses this long before the estimate runs, so it neither flickers nor is read out on every key. */
export const STRENGTH_DELAY_MS = 400;

/**
 * How easy the passphrase being chosen is to guess: a level in words with a
 * meter beside it, why, and what helps. It never refuses: the survivor may
 * keep a passphrase that is easy to guess once it is long enough. The
 * estimator and its dictionaries load only when this is first shown.
 */
export function PassphraseStrength({ passphrase }: { passphrase: string }) {
  const { t, i18n } = useTranslation('setup');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [strength, setStrength] = useState<Strength | null>(null);
  const open = useContext(StrengthEstimatorContext);
  const [estimator, setEstimator] = useState<StrengthEstimator | null>(null);

  // One per screen: it loads nothing before the first estimate, and frees its memory when the screen goes.
  useEffect(() => {
    const opened = open();
    setEstimator(opened);
    return () => opened.close();
  }, [open]);

  useEffect(() => {
    if (passphrase === '' || !estimator) {
      setStrength(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      // Without its chunks (an old offline copy), the screen works as before, with no estimate.
      estimator.estimate(passphrase, language).then(
        (found) => {
          if (current) setStrength(found);
        },
        () => {
          if (current) setStrength(null);
        },
      );
    }, STRENGTH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase, language, estimator]);

  const weak = strength !== null && strength.help.length > 0;
  const filled = strength ? STRENGTH_LEVELS.indexOf(strength.level) + 1 : 0;
  return (
    <div className={`strength${strength ? ` strength--${strength.level}` : ''}`}>
      <div aria-live="polite" aria-atomic="true">
        {strength ? (
          <>
            <p className="strength__level">
              {t('strength.title')} <strong>{t(`strength.level.${strength.level}`)}</strong>
            </p>
            <div className="strength__meter" aria-hidden="true">
              {STRENGTH_LEVELS.map((level, index) => (
                <span key={level} className={index < filled ? 'strength__step strength__step--on' : 'strength__step'} />
              ))}
            </div>
            {strength.reasons.length > 0 ? (
              <>
                <p className="strength__heading">{t('strength.why')}</p>
                <ul>
                  {strength.reasons.map((reason) => (
                    <li key={reason}>{t(`strength.reason.${reason}`)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>
      {weak ? (
        <>
          <p className="strength__heading">{t('strength.helpTitle')}</p>
          <ul>
            {strength.help.map((help) => (
              <li key={help}>{t(`strength.help.${help}`)}</li>
            ))}
          </ul>
          <p>{t('strength.stillYours')}</p>
        </>
      ) : null}
    </div>
  );
}
