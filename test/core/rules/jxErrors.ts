import { JxError, JxErrorCode } from "../../../src/core/errors";

/** Runs f and returns the JxError it throws; fails the test if it throws nothing or something else. */
export function caught(f: () => unknown): JxError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(JxError);
    return e as JxError;
  }
  throw new Error("expected a JxError, but nothing was thrown");
}

/** Asserts the code and that the Chinese message contains each fragment. */
export function expectJxError(f: () => unknown, code: JxErrorCode, ...zhFragments: string[]): void {
  const error = caught(f);
  expect(error.code).toBe(code);
  for (const fragment of zhFragments) expect(error.text.zh).toContain(fragment);
  expect(error.text.en.length).toBeGreaterThan(0);
}

/** For property tests: f may return or throw a JxError, never anything else. */
export function throwsOnlyJxError(f: () => unknown): boolean {
  try {
    f();
  } catch (e) {
    return e instanceof JxError;
  }
  return true;
}
