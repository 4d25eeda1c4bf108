/**
 * A stand-in for the browser's speech synthesis: voices chosen by the test
 * (on the device or over the network, in any language), a queue that keeps
 * every utterance it was given, and a record of each call. Like a real
 * engine, cancel() ends every queued utterance with an error.
 */
import { vi } from 'vitest';

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export function voice(lang: string, options: { local?: boolean; isDefault?: boolean; name?: string } = {}): FakeVoice {
  const name = options.name ?? `${lang} ${options.local === false ? 'online' : 'device'}`;
  return { name, lang, localService: options.local ?? true, default: options.isDefault ?? false, voiceURI: name };
}

export class FakeUtterance {
  text: string;
  voice: FakeVoice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

export interface FakeSpeech {
  /** Every utterance given to speak(), in order. */
  spoken: FakeUtterance[];
  /** speak, pause, resume and cancel, in the order they were called. */
  calls: string[];
  /** The utterances given to speak() and not yet ended or cancelled. */
  queue: FakeUtterance[];
  paused: () => boolean;
  /** The device's voices change (they load late), announced by `voiceschanged`. */
  setVoices: (voices: FakeVoice[]) => void;
  /** The engine finishes the utterance at the head of the queue. */
  finishOne: () => void;
  /** The engine finishes everything, one utterance after another. */
  finishAll: () => void;
}

export function installFakeSpeech(voices: FakeVoice[]): FakeSpeech {
  let list = voices;
  let paused = false;
  const spoken: FakeUtterance[] = [];
  const calls: string[] = [];
  const queue: FakeUtterance[] = [];
  const events = new EventTarget();
  const synth = {
    get paused() {
      return paused;
    },
    get speaking() {
      return queue.length > 0;
    },
    get pending() {
      return queue.length > 1;
    },
    getVoices: () => [...list],
    speak(utterance: FakeUtterance) {
      calls.push('speak');
      spoken.push(utterance);
      queue.push(utterance);
    },
    pause() {
      calls.push('pause');
      paused = true;
    },
    resume() {
      calls.push('resume');
      paused = false;
    },
    cancel() {
      calls.push('cancel');
      for (const utterance of queue.splice(0)) utterance.onerror?.();
    },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  const finishOne = () => {
    const head = queue.shift();
    head?.onend?.();
  };
  return {
    spoken,
    calls,
    queue,
    paused: () => paused,
    setVoices(next) {
      list = next;
      events.dispatchEvent(new Event('voiceschanged'));
    },
    finishOne,
    finishAll() {
      while (queue.length > 0) finishOne();
    },
  };
}

/** What each utterance said. */
export const textsOf = (speech: FakeSpeech) => speech.spoken.map((utterance) => utterance.text);
