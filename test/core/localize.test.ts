import { expect } from '@open-wc/testing';
import { en } from '../../src/translations/en.js';
import { cy } from '../../src/translations/cy.js';
import { formatDate, formatTemplate, listOf, loadLanguage, registerTranslation, translate } from '../../src/core/localize.js';
import { parseIsoDate } from '../../src/core/iso-date.js';
import type { Message } from '../../src/translations/types.js';

const placeholders = (message: Message): string[] =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).join(' ').match(/\{\w+\}/g) ?? [])].sort();

describe('catalogues', () => {
  it('Welsh has every English key and no extra ones', () => {
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('Welsh uses the same placeholders as English in every message', () => {
    const mismatched = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      // A plural form may say the number in words (“un broblem”), so it may drop {count}.
      const allowedMissing = typeof en[k] === 'string' ? [] : ['{count}', '{min}', '{max}'];
      const english = placeholders(en[k]).filter((p) => !allowedMissing.includes(p));
      const welsh = placeholders(cy[k]);
      return english.some((p) => !welsh.includes(p)) || welsh.some((p) => !placeholders(en[k]).includes(p));
    });
    expect(mismatched).to.deep.equal([]);
  });

  it('no Welsh string is empty or a copy of the English (except names and templates that are the same in both)', () => {
    // “Mai” is May in both, and “Person” a person; templates of placeholders and punctuation only are the same everywhere.
    const sameOnPurpose = ['date.month.5', 'map.kind.person'];
    const wordless = (message: Message): boolean => !/\p{L}/u.test(JSON.stringify(message).replace(/\{\w+\}/g, '').replace(/"\w+":/g, ''));
    const suspicious = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      return JSON.stringify(en[k]) === JSON.stringify(cy[k]) && !sameOnPurpose.includes(key) && !wordless(en[k]);
    });
    const empty = Object.entries(cy).filter(([, value]) => (typeof value === 'string' ? value : value.other).trim() === '');
    expect(suspicious).to.deep.equal([]);
    expect(empty).to.deep.equal([]);
  });

  it('every counted message says none, one and more in English, and has all six Welsh forms', () => {
    const welshCategories = [...new Intl.PluralRules('cy').resolvedOptions().pluralCategories].sort();
    expect(welshCategories, 'Welsh counts zero, one, two, few, many and other').to.have.length(6);
    const counted = Object.entries(en).filter(([, message]) => typeof message !== 'string');
    expect(counted.length, 'the catalogue has counted messages').to.be.above(20);
    const incomplete: string[] = [];
    for (const [key, message] of counted) {
      const english = Object.keys(message).sort().join();
      if (english !== 'one,other,zero') incomplete.push(`en ${key}: ${english}`);
      const welsh = cy[key as keyof typeof cy];
      const forms = typeof welsh === 'string' ? 'one string' : Object.keys(welsh).sort().join();
      if (forms !== welshCategories.join()) incomplete.push(`cy ${key}: ${forms}`);
    }
    expect(incomplete).to.deep.equal([]);
  });
});

describe('translate', () => {
  it('fetches Welsh when first asked for it; English stands in until then', async () => {
    expect(translate('cy', 'error.title')).to.equal('There is a problem');
    registerTranslation('cy', { 'error.intro': 'Geiriad y safle' });
    await loadLanguage('cy');
    expect(translate('cy', 'error.title')).to.equal('Mae problem wedi codi');
    // Wording a host registered before Welsh arrived still wins.
    expect(translate('cy', 'error.intro')).to.equal('Geiriad y safle');
  });

  it('chooses Welsh plural forms with Intl.PluralRules', () => {
    const say = (count: number): string => translate('cy', 'error.count', { count });
    expect(say(0)).to.equal('Ni chafwyd unrhyw broblemau.');
    expect(say(1)).to.equal('Cafwyd un broblem.');
    expect(say(2)).to.equal('Cafwyd dwy broblem.');
    expect(say(3)).to.equal('Cafwyd tair problem.');
    expect(say(6)).to.equal('Cafwyd chwe phroblem.');
    expect(say(11)).to.equal('Cafwyd 11 o broblemau.');
    expect(translate('en', 'error.count', { count: 1 })).to.equal('1 problem was found.');
    expect(translate('en', 'error.count', { count: 0 }), 'none is said as none, though English plural rules file 0 under other').to.equal('No problems were found.');
  });

  it('falls back from region tags and unknown languages, and honours overrides then registered catalogues', () => {
    expect(translate('cy-GB', 'error.title')).to.equal('Mae problem wedi codi');
    expect(translate('de', 'error.title')).to.equal('There is a problem');
    expect(translate('cy', 'error.title', {}, { cy: { 'error.title': 'Wps' } })).to.equal('Wps');
    registerTranslation('gd', { 'error.title': 'Tha duilgheadas ann' });
    expect(translate('gd-GB', 'error.title')).to.equal('Tha duilgheadas ann');
    expect(translate('gd', 'problem.missing', { path: 'x' })).to.equal('x is missing.');
    expect(translate('cy', 'stageBadge.notScored', {}, undefined, { en: { 'stageBadge.notScored': 'E' }, cy: { 'stageBadge.notScored': 'C' } })).to.equal('C');
  });

  it('lists join with “and”, and in Welsh with “a”, or “ac” before a vowel (w and y too)', async () => {
    await loadLanguage('cy');
    const list = (lang: string, names: string[]): string => listOf({ lang, t: (key, params) => translate(lang, key, params) }, names);
    expect(list('en', ['Ann', 'Elin'])).to.equal('Ann and Elin');
    expect(list('cy', ['Ann', 'Elin'])).to.equal('Ann ac Elin');
    expect(list('cy', ['iechyd', 'ysgol'])).to.equal('iechyd ac ysgol');
    expect(list('cy', ['Ann', 'Bethan', 'Wyn'])).to.equal('Ann, Bethan ac Wyn');
    expect(list('cy', ['Ann', 'Tomos'])).to.equal('Ann a Tomos');
    expect(list('cy', ['Ann', '“Owen”'])).to.equal('Ann ac “Owen”');
    expect(list('cy', ['Elin'])).to.equal('Elin');
    // After “a”, c, p and t mutate in words; names are left as written.
    expect(list('cy', ['cartref', 'cysylltiad â’r heddlu'])).to.equal('cartref a chysylltiad â’r heddlu');
    expect(list('cy', ['iechyd', 'presenoldeb'])).to.equal('iechyd a phresenoldeb');
    expect(list('cy', ['iechyd', 'thai'])).to.equal('iechyd a thai');
    expect(list('en', ['health', 'contact'])).to.equal('health and contact');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatTemplate('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
  });
});

describe('dates', () => {
  before(() => loadLanguage('cy'));

  it('formats calendar dates without shifting them across time zones', () => {
    expect(formatDate('en', '2026-01-05')).to.equal('5 January 2026');
    expect(formatDate('en', '2026-12-31T23:30:00Z')).to.equal('31 December 2026');
  });

  it('writes Welsh dates in Welsh even where the browser has no Welsh date data', () => {
    expect(formatDate('cy', '2026-01-05')).to.equal('5 Ionawr 2026');
    expect(formatDate('cy', '2026-06-21')).to.equal('21 Mehefin 2026');
  });

  it('a language the browser has no date data for writes its own month names, or else the date as written (never English months)', () => {
    // "Klingon" (tlh): no browser has its date data.
    registerTranslation('tlh', { 'list.and': '{first} je {last}' });
    expect(formatDate('tlh', '2026-03-05T10:00:00Z')).to.equal('2026-03-05');
    registerTranslation('tlh', { 'date.month.3': 'jar wej', 'date.long': '{day} {month} {year}' });
    expect(formatDate('tlh', '2026-03-05')).to.equal('5 jar wej 2026');
  });

  it('leaves unreadable dates as given and rejects impossible ones', () => {
    expect(formatDate('en', 'next Tuesday')).to.equal('next Tuesday');
    expect(parseIsoDate('2026-02-30')).to.equal(null);
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });
});
