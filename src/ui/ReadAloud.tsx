/**
 * The read-aloud control of a screen: reads the screen's words with one of
 * the device's own voices, in the language the app is showing. It is shown
 * only when the device has a voice of its own for that language (never a
 * network voice), and it reads only when pressed, never by itself: what is
 * on the screen is said out loud only when the person asks for it.
 *
 * Reading stops when the screen closes (locking closes it), when the
 * language changes, when the page is hidden, and on the quick exit.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { PauseIcon, PlayIcon, SpeakerIcon, StopIcon } from './icons';
import { chooseVoice, readableText, utterancesOf } from './read-aloud';
import {
  pauseSpeaking,
  resumeSpeaking,
  type SpeechStatus,
  speak,
  speechStatus,
  stopSpeaking,
  subscribeSpeech,
  synthesis,
} from './speaker';

/** The device's voices; they often arrive after the page has loaded, announced by `voiceschanged`. */
function useDeviceVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(() => synthesis()?.getVoices() ?? []);
  useEffect(() => {
    const synth = synthesis();
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

const idle = (): SpeechStatus => 'idle';

/** Stops the reading whenever `value` changes (a new question on the same screen), and when the caller closes. */
export function useStopReadingOn(value: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of `value` is the moment to stop.
  useEffect(() => () => stopSpeaking(), [value]);
}

export function ReadAloud() {
  const { t, i18n } = useTranslation();
  // Outside a language provider (a lone component) there is no language, and so no voice.
  const language: string | undefined = i18n.resolvedLanguage ?? i18n.language;
  const voices = useDeviceVoices();
  const voice = useMemo(
    () => (language ? chooseVoice(voices, language, globalThis.navigator?.languages ?? []) : null),
    [voices, language],
  );
  const status = useSyncExternalStore(subscribeSpeech, speechStatus, idle);
  const group = useRef<HTMLFieldSetElement>(null);
  const main = useRef<HTMLButtonElement>(null);
  const stopHasFocus = useRef(false);

  // A new language, or closing the screen, ends the reading; the voice is chosen again for the new language.
  useStopReadingOn(language);
  // A voice that went away (the device's voices changed) cannot go on reading.
  useEffect(() => {
    if (!voice) stopSpeaking();
  }, [voice]);
  // The page hidden (another app, the screen turned off) is covered; its voice stops too.
  useEffect(() => {
    const stopWhenHidden = () => {
      if (document.visibilityState === 'hidden') stopSpeaking();
    };
    document.addEventListener('visibilitychange', stopWhenHidden);
    window.addEventListener('pagehide', stopSpeaking);
    return () => {
      document.removeEventListener('visibilitychange', stopWhenHidden);
      window.removeEventListener('pagehide', stopSpeaking);
    };
  }, []);
  // When the reading ends, Stop goes away; if it had the keyboard, the first button takes it.
  useLayoutEffect(() => {
    if (status === 'idle' && stopHasFocus.current) {
      stopHasFocus.current = false;
      main.current?.focus();
    }
  }, [status]);

  if (!voice) return null;

  const start = () => {
    const screen = group.current?.closest('main');
    if (!screen || !language) return;
    speak(utterancesOf(readableText(screen), language), voice);
  };
  const [label, Icon, act] =
    status === 'speaking'
      ? [t('readAloud.pause'), PauseIcon, pauseSpeaking]
      : status === 'paused'
        ? [t('readAloud.resume'), PlayIcon, resumeSpeaking]
        : [t('readAloud.start'), SpeakerIcon, start];

  return (
    <fieldset ref={group} className="read-aloud" data-read-aloud="skip">
      <legend className="visually-hidden">{t('readAloud.label')}</legend>
      <Button ref={main} className="read-aloud__button" onClick={act}>
        <Icon />
        {label}
      </Button>
      {status !== 'idle' ? (
        <Button
          className="read-aloud__button"
          onFocus={() => {
            stopHasFocus.current = true;
          }}
          onBlur={() => {
            stopHasFocus.current = false;
          }}
          onClick={stopSpeaking}
        >
          <StopIcon />
          {t('readAloud.stop')}
        </Button>
      ) : null}
    </fieldset>
  );
}
