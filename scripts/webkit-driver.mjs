// Starts what the WebKit test run needs: a virtual display (MiniBrowser has no headless mode) unless one exists,
// and Debian's WebKitWebDriver on a free port. Both are stopped when the test process exits.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';

const children = [];
const stopAll = () => {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
}

function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd makes Xvfb pick a free display number and write it to the given fd (here: stdout).
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore']
    });
    children.push(xvfb);
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (data) => resolve(`:${String(data).trim()}`));
    setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000).unref();
  });
}

/** Starts Xvfb (if needed) and WebKitWebDriver; resolves to the driver's port. */
export async function startWebKitDriver() {
  if (!process.env.DISPLAY) process.env.DISPLAY = await startXvfb();
  const port = await freePort();
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: process.env });
  children.push(driver);
  await waitForPort(port, 15_000);
  return port;
}
