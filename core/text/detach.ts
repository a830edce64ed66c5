// Copies of strings for caches that outlive a document.
//
// V8 cuts a substring of 13 or more characters (`slice`, `split`, a regex match, Ohm's
// `sourceString`) as a view into the string it came from: a cached line head or unit
// name would keep the whole document text alive, one copy per edit. A cache key or
// value that may outlive the document it was read from goes through `detach`.

const MIN_SLICED_LENGTH = 13; // shorter substrings are always copied by V8

/** A string equal to `s` that shares no memory with the string it was cut from. */
export function detach(s: string): string {
  if (s.length < MIN_SLICED_LENGTH) return s;
  // Concatenating makes a cons string; slicing it flattens it into a fresh buffer that
  // holds only these characters (and one space), not the document around them.
  return (' ' + s).slice(1);
}
