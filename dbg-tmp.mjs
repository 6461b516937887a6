import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const srv = spawn('node', ['scripts/serve-static.mjs','--dir','dist','--base','/','--port','4694'], {stdio:'ignore'});
await new Promise(r=>setTimeout(r,500));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
p.on('framenavigated', f => console.log('nav', f.url()));
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('pageerror', e => console.log('err', e.message));
for (const u of ['http://127.0.0.1:4694/', 'http://127.0.0.1:4694/', 'http://127.0.0.1:4694/#synthetic=large']) {
  await p.goto(u);
  await p.waitForTimeout(3000);
}
await b.close(); srv.kill();
