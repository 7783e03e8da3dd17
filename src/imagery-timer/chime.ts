/**
 * A soft bell made with Web Audio: no audio file to fetch, nothing to load before the person asks for sound.
 *
 * Phones keep an `AudioContext` silent until a user gesture, so `unlock()` must run inside the Start click: it
 * creates (or resumes) the context there, and every later chime plays.
 */
export class Chime {
  private context: AudioContext | null = null;

  /** Whether this browser can make the sound at all (the toggle is left out when it cannot). */
  static get supported(): boolean {
    return typeof AudioContext === 'function';
  }

  /** Call from a click: creates or wakes the audio context. Never throws. */
  unlock(): void {
    try {
      this.context ??= new AudioContext();
      void this.context.resume().catch(() => {});
    } catch {
      this.context = null; // an engine that refuses audio: the practice goes on in silence
    }
  }

  /** One soft, two-partial bell that fades over about three seconds. */
  play(): void {
    const ctx = this.context;
    if (!ctx) return;
    try {
      if (ctx.state !== 'running') void ctx.resume().catch(() => {});
      const t = ctx.currentTime + 0.02;
      for (const [frequency, level, decay] of [
        [528, 0.16, 3],
        [1320, 0.04, 1.6]
      ]) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, t);
        gain.gain.exponentialRampToValueAtTime(level, t + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, t + decay);
        osc.connect(gain).connect(ctx.destination);
        osc.start(t);
        osc.stop(t + decay + 0.05);
      }
    } catch {
      // A context closed under us (the device's audio went away): stay quiet rather than fail the practice.
    }
  }

  /** Frees the audio device. */
  close(): void {
    void this.context?.close().catch(() => {});
    this.context = null;
  }
}
