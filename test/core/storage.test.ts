import { expect } from '@open-wc/testing';
import { cookieStorage, memoryStorage, readJson, webStorage, writeJson, type CookieJar } from '../../src/core/storage.js';

const isChoice = (value: unknown): value is { version: number } =>
  typeof value === 'object' && value !== null && typeof (value as { version?: unknown }).version === 'number';

const throwingJar: CookieJar = {
  get cookie(): string {
    throw new DOMException('cookies blocked', 'SecurityError');
  },
  set cookie(_value: string) {
    throw new DOMException('cookies blocked', 'SecurityError');
  },
};

const throwingStorage = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('quota', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

describe('storage adapters', () => {
  afterEach(() => {
    cookieStorage().remove('kith test');
    localStorage.removeItem('kith-test');
  });

  it('cookie adapter writes, reads and removes real cookies, encoding names and values', () => {
    const cookies = cookieStorage({ maxAgeSeconds: 60 });
    expect(cookies.set('kith test', '{"a":"b; c"}')).to.equal(true);
    expect(document.cookie).to.contain('kith%20test=');
    expect(cookies.get('kith test')).to.equal('{"a":"b; c"}');
    expect(cookies.remove('kith test')).to.equal(true);
    expect(cookies.get('kith test')).to.equal(null);
  });

  it('cookie adapter writes the attributes it is given', () => {
    const jar = { cookie: '' };
    cookieStorage({ path: '/app', domain: '.example.gov.uk', sameSite: 'Strict', secure: true, maxAgeSeconds: 10 }, jar).set('k', 'v');
    expect(jar.cookie).to.equal('k=v; Path=/app; Domain=.example.gov.uk; Max-Age=10; SameSite=Strict; Secure');
  });

  it('cookie adapter survives blocked cookies and malformed values', () => {
    const blocked = cookieStorage({}, throwingJar);
    expect(blocked.get('k')).to.equal(null);
    expect(blocked.set('k', 'v')).to.equal(false);
    expect(blocked.remove('k')).to.equal(false);
    expect(cookieStorage({}, { cookie: 'k=%E0%A4%A' }).get('k')).to.equal(null);
  });

  it('web storage adapter works on localStorage and survives storage that throws', () => {
    const local = webStorage();
    expect(local.set('kith-test', 'x')).to.equal(true);
    expect(local.get('kith-test')).to.equal('x');
    const broken = webStorage(() => throwingStorage);
    expect(broken.get('k')).to.equal(null);
    expect(broken.set('k', 'v')).to.equal(false);
    expect(broken.remove('k')).to.equal(false);
    const unreachable = webStorage(() => {
      throw new DOMException('no storage in this frame', 'SecurityError');
    });
    expect(unreachable.get('k')).to.equal(null);
  });

  it('memory adapter keeps values for the page only', () => {
    const memory = memoryStorage({ a: '1' });
    expect(memory.get('a')).to.equal('1');
    memory.set('b', '2');
    memory.remove('a');
    expect([memory.get('a'), memory.get('b')]).to.deep.equal([null, '2']);
  });

  it('readJson accepts only values that are what we wrote', () => {
    const memory = memoryStorage();
    writeJson(memory, 'choice', { version: 2 });
    expect(readJson(memory, 'choice', isChoice)).to.deep.equal({ version: 2 });
    memory.set('choice', '{"version":"2"}');
    expect(readJson(memory, 'choice', isChoice)).to.equal(null);
    memory.set('choice', '{"version":');
    expect(readJson(memory, 'choice', isChoice)).to.equal(null);
    expect(readJson(cookieStorage({}, throwingJar), 'choice', isChoice)).to.equal(null);
  });
});
