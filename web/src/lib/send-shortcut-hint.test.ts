import { describe, expect, it } from 'vitest';
import { sendShortcutHint } from './send-shortcut-hint';

describe('sendShortcutHint', () => {
  it('offers no keyboard shortcut on a touch screen', () => {
    expect(sendShortcutHint({ isTouch: true, isMac: true })).toEqual({
      newLine: 'Return adds a new line.',
      send: undefined,
    });
  });

  it('names the key of the platform', () => {
    expect(sendShortcutHint({ isTouch: false, isMac: true }).send).toBe('⌘+Enter');
    expect(sendShortcutHint({ isTouch: false, isMac: false }).send).toBe('Ctrl+Enter');
  });
});
