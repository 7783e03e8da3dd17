/**
 * Keeps the screen on while a practice runs, where the Screen Wake Lock API exists. The browser drops the lock
 * whenever the page is hidden, so the element calls `acquire()` again when it is visible. One request at a time:
 * a quick Pause and Resume, or a move in the page right after Start, waits for the request already on its way, and a
 * lock granted after the practice stopped wanting one (or a second one) is released at once, so none outlives End.
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  private pending: Promise<void> | null = null;
  private wanted = false;

  acquire(): Promise<void> {
    this.wanted = true;
    if (this.pending) return this.pending;
    if ((this.sentinel && !this.sentinel.released) || document.visibilityState !== 'visible') return Promise.resolve();
    return (this.pending = this.request());
  }

  release(): void {
    this.wanted = false;
    void this.sentinel?.release().catch(() => {});
    this.sentinel = null;
  }

  private async request(): Promise<void> {
    try {
      const sentinel = await navigator.wakeLock?.request('screen');
      if (!sentinel) return;
      if (this.wanted && !(this.sentinel && !this.sentinel.released)) this.sentinel = sentinel;
      else void sentinel.release().catch(() => {});
    } catch {
      // Refused (battery saver, a permissions policy, an iframe without allow="screen-wake-lock"): the screen may dim.
    } finally {
      this.pending = null;
    }
  }
}
