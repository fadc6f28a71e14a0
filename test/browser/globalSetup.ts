/**
 * Before the browser tests: launch the browser they will use once, so a machine without one hears so
 * once, with how to install one, instead of every test failing with the same stack.
 */
import { launchChromium } from "./paneHarness";

export default async function browserIsThere(): Promise<void> {
  let browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    const error = new Error(e instanceof Error ? e.message : String(e));
    error.stack = error.message;
    throw error;
  }
  await browser.close();
}
