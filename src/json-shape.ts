// Checks on untrusted JSON that must not themselves fail on it: its depth and number of values are
// measured with an explicit stack (no recursion, so no stack overflow however deep it is), and UTF-8
// is checked byte by byte so a bad byte is reported with its offset instead of becoming U+FFFD.

/** A message naming where `value` is nested deeper than `maxDepth` or holds more than `maxValues` values, or null. */
export function jsonShapeProblem(value: unknown, maxDepth: number, maxValues = Infinity): string | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: "" }];
  let values = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (++values > maxValues) return `more than ${maxValues} values`;
    if (item.value === null || typeof item.value !== "object") continue;
    if (item.depth >= maxDepth) {
      const where = item.path.length > 120 ? `${item.path.slice(0, 120)}…` : item.path;
      return `nested deeper than ${maxDepth} levels at ${where || "the top"}`;
    }
    if (Array.isArray(item.value)) {
      for (let i = item.value.length - 1; i >= 0; i--) stack.push({ value: item.value[i], depth: item.depth + 1, path: `${item.path}[${i}]` });
    } else {
      for (const key of Object.keys(item.value)) {
        stack.push({ value: (item.value as Record<string, unknown>)[key], depth: item.depth + 1, path: item.path ? `${item.path}.${key}` : key });
      }
    }
  }
  return null;
}

/** Byte offset of the first byte that is not valid UTF-8 (overlong forms and surrogates included), or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
