/**
 * The one voice of the page: speaks a list of utterances through the
 * device's speech synthesis, one after another, and can pause, resume and
 * stop. There is one speech queue per page, so there is one speaker, and
 * anything may stop it (a screen that closes, a change of language).
 */

export type SpeechStatus = 'idle' | 'speaking' | 'paused';

/** What the speaker needs of a voice: the tag it speaks (SpeechSynthesisVoice has it). */
export type Voice = SpeechSynthesisVoice;

interface Reading {
  parts: readonly string[];
  next: number;
  voice: Voice;
  /** Held so the engine's end event is not lost with a collected utterance. */
  utterance: SpeechSynthesisUtterance | null;
}

let status: SpeechStatus = 'idle';
let reading: Reading | null = null;
const listeners = new Set<() => void>();

/** The device's speech synthesis, when the browser has one. */
export function synthesis(): SpeechSynthesis | null {
  if (!('speechSynthesis' in globalThis) || typeof globalThis.SpeechSynthesisUtterance !== 'function') return null;
  return globalThis.speechSynthesis;
}

function setStatus(next: SpeechStatus): void {
  if (status === next) return;
  status = next;
  for (const listener of listeners) listener();
}

export function speechStatus(): SpeechStatus {
  return status;
}

export function subscribeSpeech(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function speakNext(current: Reading): void {
  const synth = synthesis();
  if (reading !== current || !synth) return;
  const text = current.parts[current.next];
  if (text === undefined) {
    reading = null;
    current.utterance = null;
    setStatus('idle');
    return;
  }
  current.next += 1;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = current.voice;
  utterance.lang = current.voice.lang;
  utterance.onend = () => speakNext(current);
  // Stopping makes the engine end the utterance with an error; only an error of this reading stops it.
  utterance.onerror = () => {
    if (reading !== current) return;
    reading = null;
    current.utterance = null;
    setStatus('idle');
  };
  current.utterance = utterance;
  synth.speak(utterance);
}

/** Reads `parts` aloud with `voice`, after stopping anything being read. */
export function speak(parts: readonly string[], voice: Voice): void {
  stopSpeaking();
  if (!synthesis() || parts.length === 0) return;
  const current: Reading = { parts, next: 0, voice, utterance: null };
  reading = current;
  setStatus('speaking');
  speakNext(current);
}

export function pauseSpeaking(): void {
  const synth = synthesis();
  if (status !== 'speaking' || !synth) return;
  synth.pause();
  setStatus('paused');
}

export function resumeSpeaking(): void {
  const synth = synthesis();
  if (status !== 'paused' || !synth) return;
  synth.resume();
  setStatus('speaking');
}

/** Stops the reading at once. Does nothing when nothing is being read. */
export function stopSpeaking(): void {
  const synth = synthesis();
  const wasPaused = status === 'paused';
  const wasReading = status !== 'idle';
  reading = null;
  setStatus('idle');
  if (!synth || !wasReading) return;
  synth.cancel();
  // Some engines stay paused after cancel(), and would keep the next reading silent.
  if (wasPaused || synth.paused) synth.resume();
}
