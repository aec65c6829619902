/** How long a message must stay on screen, with the window in use, to count as read. */
export const DWELL_MS = 1000;
/** Messages seen within this window go to the server in one request. */
export const BATCH_MS = 150;

/**
 * Which messages the user has really seen: a message counts once it has been visible for
 * `dwellMs` without a break while the window was in use (focused, document shown). Losing focus or
 * scrolling it away restarts its clock. Seen ids are sent in batches, one request at a time; each
 * id once (a failed request is not retried: the message stays unread until seen again on a later
 * visit).
 */
export class ReadOnSight {
  private readonly visible = new Set<string>();
  private readonly clocks = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly seen = new Set<string>();
  private pending: string[] = [];
  private batch: ReturnType<typeof setTimeout> | null = null;
  private sending = false;
  private disposed = false;

  constructor(
    private readonly send: (ids: string[]) => Promise<unknown>,
    private attentive: boolean,
    private readonly dwellMs = DWELL_MS,
    private readonly batchMs = BATCH_MS,
  ) {}

  /** A message came into view or left it. */
  setVisible(id: string, visible: boolean): void {
    if (visible) {
      this.visible.add(id);
      this.startClock(id);
    } else {
      this.visible.delete(id);
      this.stopClock(id);
    }
  }

  /** The window gained or lost the user's attention (focus, document visibility). */
  setAttentive(attentive: boolean): void {
    if (attentive === this.attentive) return;
    this.attentive = attentive;
    if (attentive) for (const id of this.visible) this.startClock(id);
    else for (const id of [...this.clocks.keys()]) this.stopClock(id);
  }

  /** Stops every clock and drops what was not sent yet. */
  dispose(): void {
    this.disposed = true;
    for (const id of [...this.clocks.keys()]) this.stopClock(id);
    if (this.batch) clearTimeout(this.batch);
  }

  private startClock(id: string): void {
    if (!this.attentive || this.disposed || this.seen.has(id) || this.clocks.has(id)) return;
    this.clocks.set(
      id,
      setTimeout(() => {
        this.clocks.delete(id);
        if (!this.attentive || !this.visible.has(id)) return;
        this.seen.add(id);
        this.pending.push(id);
        this.batch ??= setTimeout(() => {
          this.batch = null;
          void this.flush();
        }, this.batchMs);
      }, this.dwellMs),
    );
  }

  private stopClock(id: string): void {
    const clock = this.clocks.get(id);
    if (clock !== undefined) clearTimeout(clock);
    this.clocks.delete(id);
  }

  private async flush(): Promise<void> {
    if (this.sending || this.disposed) return;
    this.sending = true;
    try {
      while (this.pending.length && !this.disposed) {
        const ids = this.pending;
        this.pending = [];
        try {
          await this.send(ids);
        } catch {
          // Left unread; see the class comment.
        }
      }
    } finally {
      this.sending = false;
    }
  }
}

/** Whether an observed message counts as on screen: half of it, or half of the viewport's height. */
export function isOnScreen(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  const viewport = entry.rootBounds?.height ?? window.innerHeight;
  return entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= viewport / 2;
}
