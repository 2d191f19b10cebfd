/** Drives the Playground's chat page (a React app) the way a person does: pick a conversation, type, send, read cards. */
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The conversations the Playground offers, by their accessible names in its side bar. */
export type Conversation = 'Personal Chat' | 'Group Chat' | 'My Team - General';

/** The bot's name in the Playground (its default: the emulator does not read our manifest). */
const BOT_NAME = 'Test Bot';

/** Every Adaptive Card rendered on the page (the Playground uses the official renderer). */
export function cards(page: Page): Locator {
  return page.locator('.ac-adaptiveCard');
}

/** Cards whose rendered text contains `text`. */
export function cardsWith(page: Page, text: string | RegExp): Locator {
  return cards(page).filter({ hasText: text });
}

/**
 * Opens the Playground's chat on a new page tall enough for the longest card in one picture, and waits for the
 * bot's welcome card.
 * @example const page = await openChat(browser.context, playground.url);
 */
export async function openChat(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 3200 });
  await page.goto(url);
  await cardsWith(page, 'Ask in your own words').first().waitFor();
  return page;
}

export async function openConversation(page: Page, conversation: Conversation): Promise<void> {
  await page.getByRole('treeitem', { name: conversation }).click();
}

/**
 * Types a message and sends it, optionally starting with an @mention of the bot picked from the
 * mention menu (group chats and channels). In a channel, `inThreadOf` names a card whose thread to
 * reply in.
 */
export async function send(page: Page, text: string, options: { mention?: boolean; inThreadOf?: Locator } = {}): Promise<void> {
  // Each channel thread is a Fluent UI card with its own reply box; a chat has one box for the page.
  const scope = options.inThreadOf ? page.locator('.fui-Card').filter({ has: options.inThreadOf }).last() : page;
  const box = scope.getByRole('textbox').last();
  await box.click();
  if (options.mention) {
    await box.pressSequentially('@');
    await page.getByRole('menuitem', { name: BOT_NAME }).click();
    await box.pressSequentially(' ');
  }
  await box.pressSequentially(text);
  await scope.getByRole('button', { name: 'Send Message', exact: true }).last().click();
}
