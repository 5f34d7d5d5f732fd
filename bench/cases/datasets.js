// Data every benchmark case draws, the same for Kith and its peers: seeded,
// so every run and every library sees exactly the same numbers. Pure, so
// the runner (bench/compare.mjs) can make the networks it serves.

/** A seeded pseudo-random number generator (LCG), 0 ≤ n < 1. */
export function seeded(seed = 7) {
  let state = seed;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 4294967296;
}

/** Ten scales on 1–10 and `count` readings of them, a month apart. */
export function radarData(count) {
  const random = seeded(11);
  const scales = ['Physical health', 'Feelings', 'Home', 'Money', 'People around me', 'Time', 'Feeling safe', 'Learning', 'Confidence', 'Everyday living'].map((label, i) => ({ id: `s${i}`, label }));
  const readings = Array.from({ length: count }, (_, r) => ({
    id: `r${r}`,
    date: new Date(Date.UTC(2022, r, 1)).toISOString().slice(0, 10),
    perspective: 'person',
    scores: Object.fromEntries(scales.map((scale) => [scale.id, 1 + Math.floor(random() * 10)])),
  }));
  return { scales, readings };
}

const KINDS = ['person', 'family', 'friend', 'professional', 'service', 'group', 'place', 'other'];
const TYPES = ['close', 'strong', 'normal', 'tenuous', 'stressful', 'conflicted', 'cut-off', 'abusive'];

/** A network of `count` people around a hub, about two relationships per person. */
export function network(count) {
  const random = seeded(7);
  const people = [{ id: 'hub', name: 'Hub', kind: 'group' }];
  for (let i = 1; i < count; i++) people.push({ id: `p${i}`, name: `Member ${i}`, kind: KINDS[Math.floor(random() * 8)], ring: 1 + Math.floor(random() * 4) });
  const relationships = [];
  for (let i = 1; i < count; i++) {
    relationships.push({ id: `l${i}`, from: `p${i}`, to: random() < 0.3 ? 'hub' : `p${1 + ((i + 1 + Math.floor(random() * (count - 2))) % (count - 1))}`, type: TYPES[Math.floor(random() * 8)] });
    relationships.push({ id: `m${i}`, from: `p${i}`, to: `p${1 + Math.floor(random() * (count - 1))}`, type: TYPES[Math.floor(random() * 8)] });
  }
  const seen = new Set();
  return {
    people,
    relationships: relationships.filter((r) => {
      const key = [r.from, r.to].sort().join(' ');
      if (r.from === r.to || seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

