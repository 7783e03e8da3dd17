/**
 * What the timer needs only once someone wants sound: the chime's synthesis and speaking. Loaded by `Guide` (a
 * dynamic import, its own small file on the CDN) when the person turns the chime or the voice on, or presses Start
 * with either on; a page whose visitors never want sound never fetches it.
 */
export class Sound {
  /** The utterance this timer queued and that has not ended yet. */
  private mine: SpeechSynthesisUtterance | null = null;

  /**
   * One soft, two-partial bell that fades over about three seconds, made with Web Audio on `context` (created in the
   * Start click: phones keep audio silent until a gesture). No audio file is ever fetched.
   */
  chime(context: AudioContext): void {
    try {
      if (context.state !== 'running') void context.resume().catch(() => {});
      const t = context.currentTime + 0.02;
      for (const [frequency, level, decay] of [
        [528, 0.16, 3],
        [1320, 0.04, 1.6]
      ]) {
        const osc = context.createOscillator();
        const gain = context.createGain();
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, t);
        gain.gain.exponentialRampToValueAtTime(level, t + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, t + decay);
        osc.connect(gain).connect(context.destination);
        osc.start(t);
        osc.stop(t + decay + 0.05);
      }
    } catch {
      // A context closed under us (the device's audio went away): stay quiet rather than fail the practice.
    }
  }

  /** Speaks `text` (stopping what this timer still says), slowly, in `voice` when there is one on the device. */
  speak(text: string, lang: string, voice?: SpeechSynthesisVoice): void {
    this.cancel();
    try {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.rate = 0.9;
      if (voice) utterance.voice = voice;
      utterance.onend = utterance.onerror = () => {
        if (this.mine === utterance) this.mine = null;
      };
      this.mine = utterance;
      speechSynthesis.speak(utterance);
    } catch {
      this.mine = null; // speech is a help, never a requirement: the words are on screen
    }
  }

  /**
   * Stops this timer's own speech. The queue is the page's, shared with any read-aloud the host runs, and the API
   * cannot cancel one utterance alone: so it is canceled only while one of ours is queued or speaking.
   */
  cancel(): void {
    if (!this.mine) return;
    this.mine = null;
    try {
      speechSynthesis.cancel();
    } catch {
      // the engine is gone
    }
  }
}
