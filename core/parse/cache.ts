// A two-generation cache for per-line parse results, keyed by text.
//
// A parse looks a key up in the current generation, then in the previous one (the
// last parse), and computes only keys seen in neither. Each parse starts a new
// generation, so the cache holds exactly what the last parse of its document needed:
// it never grows with editing and never has to be flushed wholesale. Entries keep
// their own copy of the key (see text/detach.ts): a key cut from a document would
// keep that whole document alive for as long as the entry lives.
import { detach } from '../text/detach';

interface Entry<V> { key: string; value: V }

export class GenerationCache<V> {
  private previous = new Map<string, Entry<V>>();
  private current = new Map<string, Entry<V>>();
  hits = 0;
  misses = 0;

  /** The entries held (both generations; a key in both counts twice). */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  /** Starts a new generation: what the last parse used stays available once more. */
  nextGeneration(): void {
    if (this.current.size) this.previous = this.current;
    this.current = new Map();
  }

  /** The value for `key`, computed by `compute` when neither generation has it. */
  get(key: string, compute: () => V): V {
    let entry = this.current.get(key);
    if (entry) { this.hits++; return entry.value; }
    entry = this.previous.get(key);
    if (entry) this.hits++;
    else { this.misses++; entry = { key: detach(key), value: compute() }; }
    this.current.set(entry.key, entry);
    return entry.value;
  }
}
