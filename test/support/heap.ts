// Retained heap, measured after full garbage collections (for memory-flatness tests).
import * as v8 from 'v8';
import * as vm from 'vm';

let gc: (() => void) | undefined;

/** The V8 garbage collector, exposed at run time when the process was not started with --expose-gc. */
function collector(): () => void {
  if (!gc) {
    if (typeof (globalThis as { gc?: () => void }).gc === 'function') gc = (globalThis as { gc?: () => void }).gc!;
    else {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    }
  }
  return gc;
}

/** Heap in use after collecting everything collectable. */
export function retainedHeap(): number {
  const collect = collector();
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
