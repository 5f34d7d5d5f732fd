// `executeServerCommand('kith-a11y-tree')`: every name, description and value
// in the page's accessibility tree, as one text — what a screen reader can
// announce, shadow DOM included. Chromium only (its DevTools protocol,
// `Accessibility.getFullAXTree`): Firefox's BiDi and WebKit's WebDriver
// expose no accessibility tree, so there it answers null and the privacy
// suite says that channel was not read.
export const accessibilityTreePlugin = {
  name: 'kith-a11y-tree',
  async executeCommand({ command, session }) {
    if (command !== 'kith-a11y-tree') return undefined;
    if (session.browser.type !== 'playwright') return { text: null };
    const page = session.browser.getPage(session.id);
    const client = await page.context().newCDPSession(page);
    try {
      const { nodes } = await client.send('Accessibility.getFullAXTree');
      const said = nodes.flatMap((node) => [node.name?.value, node.description?.value, node.value?.value].filter((text) => typeof text === 'string' && text !== ''));
      return { text: said.join('\n') };
    } finally {
      await client.detach();
    }
  },
};
