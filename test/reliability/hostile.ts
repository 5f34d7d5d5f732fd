// Hostile input for the fuzz suites: values a host page, an old database
// row or an attacker could hand a component, and a mutation operator that
// breaks a valid input in one to three places. Shared by every family so
// each is fuzzed with the same nastiness.
import fc from 'fast-check';

/** Nested arrays 2,000 deep: recursion in a validator would overflow on it. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** An object whose own key is literally `__proto__` (as JSON.parse makes it). */
const protoKeyed = (): unknown => JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}');

const awkwardText = [
  '',
  ' ',
  '\u0000',
  '\u202Eright-to-left override',
  '\u200B',
  '\uD800',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NaN',
  '1e400',
  '-0',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '<img src=x onerror=alert(1)>',
  '{{count}}',
  '${alert(1)}',
  '=HYPERLINK("http://x")',
  'a'.repeat(20000),
];

/** Hostile text, as an attribute or a text field would get it. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...awkwardText, '0', '-1', '1e309', '0x10', ' 5 ', 'true', 'null', 'undefined', '[]', '{}'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer().map(String),
);

/** Any one hostile value: wrong types, edge numbers, awkward text, odd objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -1e308,
    2 ** 53 + 1,
    0.1 + 0.2,
    null,
    undefined,
    true,
    false,
    ...awkwardText,
  ),
  fc.constantFrom<() => unknown>(
    () => 10n,
    () => Symbol('hostile'),
    () => new Date('not a date'),
    () => new Map([['id', 'x']]),
    () => () => 'a function',
    () => Object.create(null) as unknown,
    () => Object.freeze({ id: 'frozen' }),
    protoKeyed,
    () => deeplyNested(2000),
    () => new Array(5),
    () => Array.from({ length: 3000 }, (_, i) => ({ id: `n${i % 7}` })),
  ).map((make) => make()),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
);

/** structuredClone, or the same value when it cannot be cloned (functions, symbols). */
function copyOf<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

type Step = { at: number; operation: 'replace' | 'delete' | 'duplicate' | 'pollute' | 'wrap'; value: unknown };

/** Every place in a JSON-like value, as key paths (the root is []). */
function placesIn(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (path.length > 12 || value === null || typeof value !== 'object') return out;
  for (const key of Object.keys(value)) placesIn((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

/** Applies one step; a step that cannot apply (a frozen or exotic object) leaves the value as it was. */
function applyStep(root: unknown, step: Step): unknown {
  try {
    return applyStepOrThrow(root, step);
  } catch {
    return root;
  }
}

function applyStepOrThrow(root: unknown, step: Step): unknown {
  const places = placesIn(root);
  const path = places[step.at % places.length]!;
  if (path.length === 0) return step.operation === 'wrap' ? [root] : step.value;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const parent = parentPath.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>;
  switch (step.operation) {
    case 'replace':
      parent[key] = step.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'duplicate':
      // Colliding ids: the same item twice.
      if (Array.isArray(parent)) parent.splice(Number(key), 0, copyOf(parent[key]));
      else parent[key] = step.value;
      break;
    case 'pollute':
      Object.defineProperty(parent, '__proto__', { value: step.value, enumerable: true, configurable: true, writable: true });
      break;
    case 'wrap':
      parent[key] = [parent[key]];
      break;
  }
  return root;
}

/**
 * A valid input broken in one to three places. The valid value is cloned
 * first, so the shared fixtures are never changed.
 */
export function mutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const step = fc.record({
    at: fc.nat(),
    operation: fc.constantFrom<Step['operation']>('replace', 'replace', 'replace', 'delete', 'duplicate', 'pollute', 'wrap'),
    value: hostileValue,
  });
  return fc.tuple(valid, fc.array(step, { minLength: 1, maxLength: 3 })).map(([value, steps]) => {
    let root: unknown = copyOf(value);
    for (const each of steps) root = applyStep(root, each);
    return root;
  });
}
