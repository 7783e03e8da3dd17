import type { ReactiveControllerHost } from 'lit';
import { warnOnce } from '../lib/warn.js';
import type { Sound } from './sound.js';
import type { ImageryTimerStrings } from './strings.js';
import type { Toggle } from './views.js';

/** The element's sound settings (its `chime` and `voice` attributes), which the person's own choice overrides. */
interface GuideHost extends ReactiveControllerHost {
  chime: boolean;
  voice: boolean;
}

/** The language part of a BCP 47 tag, lower-cased: "es" for "es-MX" and "es_US". */
const language = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0];
const canChime = (): boolean => typeof AudioContext === 'function';
const canSpeak = (): boolean => typeof speechSynthesis === 'object' && typeof SpeechSynthesisUtterance === 'function';

/**
 * What the person hears: the soft chime between steps and the spoken guidance, each off until chosen (by the page's
 * attribute, or the person's toggle before Start, which wins). The code that makes the sound (`sound.ts`) loads when
 * the person turns one on, or presses Start with one on: never before the person acts. The audio context is made
 * inside the Start click itself, since phones allow audio only from a gesture.
 *
 * Spoken guidance uses an on-device voice for the page's language. In Chrome the "Google …" voices
 * (`localService === false`) send the text to a server: when the page's language has no on-device voice, the
 * element says so before anything is spoken (`onlineNote`), decided for that language.
 */
export class Guide {
  private chimeChoice?: boolean;
  private voiceChoice?: boolean;
  private context: AudioContext | null = null;
  private sound?: Promise<Sound | null>;
  /** The sound code could not be fetched: the live region says the steps instead of the voice. */
  private broken = false;
  /** The sound code once loaded, so that stopping it is immediate. */
  private loaded: Sound | null = null;
  /** Bumped by `hush()`: a chime or words still waiting for the sound code are dropped. */
  private turn = 0;
  private listening = false;

  constructor(
    private readonly host: GuideHost,
    private readonly lang: () => string
  ) {}

  get soundOn(): boolean {
    return canChime() && (this.chimeChoice ?? this.host.chime);
  }

  get speechOn(): boolean {
    return canSpeak() && (this.voiceChoice ?? this.host.voice);
  }

  /** The toggles offered before Start, where the browser can make the sound. */
  toggles(t: ImageryTimerStrings): Toggle[] {
    const set = (apply: () => void) => {
      apply();
      void this.load();
      this.host.requestUpdate();
    };
    const toggles: Toggle[] = [];
    if (canChime()) toggles.push({ label: t.chime, on: this.soundOn, set: (on) => set(() => (this.chimeChoice = on)) });
    if (canSpeak())
      toggles.push({ label: t.voice, on: this.speechOn, set: (on) => set(() => (this.voiceChoice = on)) });
    return toggles;
  }

  private get voices(): SpeechSynthesisVoice[] {
    try {
      // Often empty until "voiceschanged": listen once, and let the element redraw its note then.
      if (!this.listening) speechSynthesis.addEventListener?.('voiceschanged', this.redraw);
      this.listening = true;
      return speechSynthesis.getVoices();
    } catch {
      return [];
    }
  }

  private readonly redraw = (): void => this.host.requestUpdate();

  /** An on-device voice for the page's language, if the browser has one. */
  private get voice(): SpeechSynthesisVoice | undefined {
    const lang = language(this.lang());
    return this.voices.find((voice) => voice.localService && language(voice.lang) === lang);
  }

  /** With the voice on: the browser lists voices, and none speaks the page's language on the device. */
  get onlineNote(): boolean {
    return this.speechOn && this.voices.length > 0 && !this.voice;
  }

  /** The sound code, once either sound is wanted (`null` if it could not be loaded: the practice goes on quietly). */
  private load(): Promise<Sound | null> | undefined {
    if (!this.soundOn && !this.speechOn) return undefined;
    return (this.sound ??= import('./sound.js').then(
      (module) => (this.loaded = new module.Sound()),
      () => {
        this.broken = true;
        warnOnce('<imagery-timer>: the chime and voice could not be loaded; the practice goes on in silence.');
        return null;
      }
    ));
  }

  /** The last chime or words waiting for the sound code (the element's `updateComplete` waits for it). */
  pending?: Promise<unknown>;

  /** Runs `use` with the sound code as soon as it is there, unless `hush()` came first. */
  private with(use: (sound: Sound) => void): void {
    const turn = this.turn;
    this.pending = this.load()?.then((sound) => sound && turn === this.turn && use(sound));
  }

  /** Call from the Start click (or once the page has had one): wakes the audio so later chimes play. */
  unlock(): void {
    if (!this.soundOn) return void this.load();
    try {
      this.context ??= new AudioContext();
      void this.context.resume().catch(() => {});
    } catch {
      this.context = null; // an engine that refuses audio: the practice goes on in silence
    }
    void this.load();
  }

  chime(): void {
    const context = this.context;
    if (this.soundOn && context) this.with((sound) => sound.chime(context));
  }

  /** Speaks `words` when the voice is on; returns whether it will (the live region then stays quiet). */
  speak(words: string): boolean {
    const lang = this.lang();
    const voice = this.voice;
    if (!this.speechOn || this.broken) return false;
    this.with((sound) => sound.speak(words, lang, voice));
    return true;
  }

  /** Stops what this timer is saying (never the host page's own speech) and drops what was waiting to be said. */
  hush(): void {
    this.turn += 1;
    this.loaded?.cancel();
  }

  close(): void {
    this.hush();
    void this.context?.close().catch(() => {});
    this.context = null;
    if (this.listening) speechSynthesis.removeEventListener?.('voiceschanged', this.redraw);
    this.listening = false;
  }
}
