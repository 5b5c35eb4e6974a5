// `npm start`: serves the workbench on 127.0.0.1 over the spreadsheet kept in a local file.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { Session } from './session';
import { handler } from './http';

const USAGE = `Usage: npm start -- [--port 8787] [--file .workbench/spreadsheet.json] [--empty]
  --port   port on 127.0.0.1 (0: any free port)
  --file   the spreadsheet's JSON file; created with demo data when missing
  --empty  start from a new, empty spreadsheet (no tracker yet), as a student's first
           open; kept in .workbench/empty.json unless --file says where, and that
           file is replaced`;

export interface Started { server: http.Server; url: string; session: Session }

function parseArgs(argv: string[], root: string): { port: number; file: string; empty: boolean } {
  const out = { port: 8787, file: '', empty: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--empty') { out.empty = true; continue; }
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = inline ?? argv[++i];
    if (flag === '--port' && value !== undefined && /^\d+$/.test(value) && Number(value) < 65536) out.port = Number(value);
    else if (flag === '--file' && value) out.file = path.resolve(value);
    else throw new Error(flag === '--help' || flag === '-h' ? USAGE : `Unknown or incomplete option "${argv[i - (inline === undefined ? 1 : 0)] ?? flag}"\n${USAGE}`);
  }
  // The demo's file is never replaced by an empty start unless asked for by name.
  if (!out.file) out.file = path.join(root, '.workbench', out.empty ? 'empty.json' : 'spreadsheet.json');
  return out;
}

export async function start(argv: string[], dirs: { root: string; assets: string }): Promise<Started> {
  const { port, file, empty } = parseArgs(argv, dirs.root);
  const distDir = path.join(dirs.root, 'dist');
  if (!fs.existsSync(path.join(distDir, 'Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` (npm start does it for you)');
  const session = new Session({ file, distDir, empty });
  const server = http.createServer(handler(session, { page: path.join(dirs.root, 'workbench', 'page', 'index.html'), script: path.join(dirs.assets, 'app.js') }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: choose another with --port`) : e));
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { server, url, session };
}
