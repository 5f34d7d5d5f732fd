/**
 * Finds user-facing text written directly into Lit `html` templates: words
 * in text nodes, and literal values of attributes people read or hear. The
 * dynamic parts (`${…}`) are skipped, so `${this.t('key')}` passes.
 */
const READ_ATTRIBUTES = /\b(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder)="([^"$]*)"/g;

/** The static chunks of every html`` template in the source, nested ones included. */
function templateChunks(source: string): string[] {
  const chunks: string[] = [];
  let at = 0;
  const readTemplate = (collect: boolean): void => {
    // `at` is just after the opening backtick.
    let chunk = '';
    while (at < source.length) {
      const char = source[at]!;
      if (char === '\\') {
        chunk += source.slice(at, at + 2);
        at += 2;
      } else if (char === '`') {
        at += 1;
        break;
      } else if (char === '$' && source[at + 1] === '{') {
        at += 2;
        readExpression();
        chunk += ' ';
      } else {
        chunk += char;
        at += 1;
      }
    }
    if (collect) chunks.push(chunk);
  };
  const readExpression = (): void => {
    let depth = 1;
    while (at < source.length && depth > 0) {
      const char = source[at]!;
      if (char === '{') depth += 1;
      else if (char === '}') depth -= 1;
      else if (char === "'" || char === '"') {
        const end = source.indexOf(char, at + 1);
        at = end < 0 ? source.length : end;
      } else if (char === '`') {
        const tagged = /(html|svg)\s*$/.test(source.slice(Math.max(0, at - 5), at));
        at += 1;
        readTemplate(tagged);
        continue;
      }
      at += 1;
    }
  };
  while (at < source.length) {
    const next = source.indexOf('`', at);
    if (next < 0) break;
    const tagged = /(html|svg)\s*$/.test(source.slice(Math.max(0, next - 5), next));
    at = next + 1;
    readTemplate(tagged);
  }
  return chunks;
}

/** Comments may hold backticks (`like this`) that are not templates. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/^\s*\/\/.*$/gm, ' ');
}

export function findHardCodedText(source: string): string[] {
  const findings: string[] = [];
  for (const chunk of templateChunks(withoutComments(source))) {
    for (const match of chunk.matchAll(READ_ATTRIBUTES)) {
      if (/\p{L}/u.test(match[2]!)) findings.push(`${match[1]}="${match[2]}"`);
    }
    const textOnly = chunk.replace(/<[^>]*>?/g, ' ').replace(/&[a-z]+;/g, ' ');
    for (const words of textOnly.split(/\s{2,}|\n/)) {
      const trimmed = words.trim();
      if (/\p{L}/u.test(trimmed)) findings.push(trimmed);
    }
  }
  return findings;
}
