export type TInputDevice = {
  /** A touch screen is the main pointer (phones, tablets): no keyboard shortcut to offer. */
  isTouch: boolean;
  /** macOS or iPadOS with a keyboard: ⌘ rather than Ctrl. */
  isMac: boolean;
};

/** The hint under the answer box, for the device in hand. */
export function sendShortcutHint(device: TInputDevice): { newLine: string; send: string | undefined } {
  if (device.isTouch) return { newLine: 'Return adds a new line.', send: undefined };
  return { newLine: 'Enter adds a new line.', send: device.isMac ? '⌘+Enter' : 'Ctrl+Enter' };
}

/** What this browser says about its pointer and platform. */
export function detectInputDevice(): TInputDevice {
  if (typeof window === 'undefined') return { isTouch: false, isMac: false };
  const isTouch = window.matchMedia?.('(pointer: coarse)').matches === true;
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform ??
    '';
  return { isTouch, isMac: /mac|iphone|ipad/i.test(platform) };
}
