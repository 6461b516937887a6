import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to drive: `CHROMIUM_PATH`, else Debian's. Throws, loudly, when there is none. */
export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}. The browser tests need one: on Debian run ` +
        '`sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation fonts-noto-core`, ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}
