// `executeServerCommand('kith-keys', {press} | {type})`: real key presses in
// every engine, with one set of key names (Playwright's: `Enter`, `Space`,
// `Control+Shift+z`). The stock send-keys command passes names straight to
// each driver, and the drivers disagree:
//   - puppeteer (Firefox over BiDi) has no chords (`Control+z` is an unknown key);
//   - webdriverio's keys() presses every key down before releasing any, and
//     WebKitWebDriver drops a keydown for a key already down, so repeated
//     letters vanish (“Sam wantshisownrom”).
// So chords are split here, and text is typed one key at a time.

/** WebDriver's code points for the named keys Kith's tests press (W3C WebDriver, “keyboard actions”). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
  Equal: '=',
  Minus: '-',
};

/** Names puppeteer's Firefox keyboard does not know, as the characters they type. */
const PUPPETEER_KEYS = { Space: ' ' };
const puppeteerKey = (name) => PUPPETEER_KEYS[name] ?? name;

/** `Control+Shift+z` → ['Control', 'Shift', 'z']; a lone `+` stays a key. */
export function chordKeys(press) {
  return press === '+' ? ['+'] : press.split('+');
}

function webdriverKey(name) {
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`kith-keys: no WebDriver code for the key “${name}”`);
}

/** Key actions that hold each key of the chord down in turn, then let go in reverse. */
function chordActions(keys) {
  const values = keys.map(webdriverKey);
  return [...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))];
}

export const keyboardPlugin = {
  name: 'kith-keys',
  async executeCommand({ command, payload, session }) {
    if (command !== 'kith-keys') return undefined;
    const browser = session.browser;
    if (typeof payload?.press !== 'string' && typeof payload?.type !== 'string') throw new Error('kith-keys: give {press} or {type}');
    if (browser.type === 'playwright') {
      const { keyboard } = browser.getPage(session.id);
      await (payload.press !== undefined ? keyboard.press(payload.press) : keyboard.type(payload.type));
      return true;
    }
    if (browser.type === 'puppeteer') {
      const { keyboard } = browser.getPage(session.id);
      if (payload.type !== undefined) {
        for (const character of payload.type) await keyboard.press(character);
        return true;
      }
      const keys = chordKeys(payload.press);
      for (const key of keys.slice(0, -1)) await keyboard.down(puppeteerKey(key));
      await keyboard.press(puppeteerKey(keys.at(-1)));
      for (const key of keys.slice(0, -1).reverse()) await keyboard.up(puppeteerKey(key));
      return true;
    }
    if (browser.type === 'webdriver') {
      const actions = payload.type !== undefined ? [...payload.type].flatMap((character) => chordActions([character])) : chordActions(chordKeys(payload.press));
      await browser.driverManager.performActions(session.id, [{ type: 'key', id: 'keyboard', actions }]);
      return true;
    }
    throw new Error(`kith-keys: no keyboard for browser type ${browser.type}`);
  },
};
