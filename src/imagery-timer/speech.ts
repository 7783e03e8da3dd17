/**
 * Spoken guidance with the Web Speech API. Prefers voices that run on the device: in Chrome the "Google …" voices
 * (`localService === false`) send the text to a server, so when only such voices exist the element says so before
 * anything is spoken (`onlineOnly`).
 */
export class Voice {
  private listening = false;

  constructor(private readonly onVoices: () => void) {}

  static get supported(): boolean {
    return typeof speechSynthesis === 'object' && typeof SpeechSynthesisUtterance === 'function';
  }

  private get voices(): SpeechSynthesisVoice[] {
    try {
      return speechSynthesis.getVoices();
    } catch {
      return [];
    }
  }

  /** True when the browser lists voices and every one of them is an online service. */
  get onlineOnly(): boolean {
    // getVoices() is often empty until "voiceschanged": listen once, and let the element redraw its note then.
    if (!this.listening) {
      this.listening = true;
      speechSynthesis.addEventListener?.('voiceschanged', this.onVoices);
    }
    const voices = this.voices;
    return voices.length > 0 && voices.every((voice) => !voice.localService);
  }

  /** Speaks `text` (cancelling anything still being said), slowly, in an on-device voice where there is one. */
  speak(text: string, lang: string): void {
    this.cancel();
    try {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.rate = 0.9;
      // An on-device voice in the page's language where there is one; otherwise the browser picks one for `lang`.
      const voice = this.voices.find((v) => v.localService && v.lang.startsWith(lang.slice(0, 2)));
      if (voice) utterance.voice = voice;
      speechSynthesis.speak(utterance);
    } catch {
      // Speech is a help, never a requirement: the words are on screen.
    }
  }

  cancel(): void {
    try {
      speechSynthesis.cancel();
    } catch {
      // nothing was speaking, or the engine is gone
    }
  }

  /** Stops speaking and listening (the element left the page). */
  close(): void {
    if (this.listening) speechSynthesis.removeEventListener?.('voiceschanged', this.onVoices);
    this.listening = false;
    this.cancel();
  }
}
