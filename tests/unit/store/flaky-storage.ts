/** A Storage in memory whose writes can be made to fail, like a full or locked-down browser store. */
export class FlakyStorage implements Storage {
  data = new Map<string, string>();
  failWrites: DOMException | null = null;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw this.failWrites;
    this.data.set(key, value);
  }
}

/** Lets the messages posted on a BroadcastChannel arrive (they are delivered as tasks). */
export const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));
