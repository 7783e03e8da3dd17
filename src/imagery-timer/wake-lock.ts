/**
 * Keeps the screen on while a practice runs, where the Screen Wake Lock API exists. The browser drops the lock
 * whenever the page is hidden, so the element calls `acquire()` again when it is visible; a request still pending
 * when the practice pauses is released as soon as it resolves.
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  private wanted = false;

  async acquire(): Promise<void> {
    this.wanted = true;
    if (this.sentinel && !this.sentinel.released) return;
    if (document.visibilityState !== 'visible') return;
    try {
      const sentinel = await navigator.wakeLock?.request('screen');
      if (!sentinel) return;
      if (this.wanted) this.sentinel = sentinel;
      else void sentinel.release().catch(() => {});
    } catch {
      // Refused (battery saver, a permissions policy, an iframe without allow="screen-wake-lock"): the screen may dim.
    }
  }

  release(): void {
    this.wanted = false;
    void this.sentinel?.release().catch(() => {});
    this.sentinel = null;
  }
}
