import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { webClient } from '../server/src/http/web-client.js';
import { printTable } from './report.js';

/**
 * What a first visit downloads: the page and the files it names (entry script, preloaded chunks,
 * style sheet), each fetched from the server's web client route as sent without compression (as
 * before), with gzip and with brotli. Needs `npm run build:client`.
 */
const root = path.resolve(process.env.CLIENT_DIR ?? 'dist/client');

function bytesSent(url: string, encoding: string): Promise<{ size: number; sent: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
        });
        res.on('end', () => resolve({ size, sent: res.headers['content-encoding'] ?? 'identity' }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const client = webClient(root);
  if (!client) throw new Error(`no built web client in ${root}: npm run build:client`);
  const server = express().use(client).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const index = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
    const files = [
      '/',
      ...[...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? ''),
    ];
    const table = [['file', 'as is (before)', 'gzip', 'brotli', 'brotli / as is']];
    const totals = { identity: 0, gzip: 0, br: 0 };
    for (const file of files) {
      const identity = await bytesSent(base + file, 'identity');
      const gzip = await bytesSent(base + file, 'gzip');
      const br = await bytesSent(base + file, 'br, gzip');
      if (gzip.sent !== 'gzip' || br.sent !== 'br') throw new Error(`${file} is not precompressed`);
      totals.identity += identity.size;
      totals.gzip += gzip.size;
      totals.br += br.size;
      table.push([
        file,
        kB(identity.size),
        kB(gzip.size),
        kB(br.size),
        `${((br.size / identity.size) * 100).toFixed(1)} %`,
      ]);
    }
    table.push([
      'first visit',
      kB(totals.identity),
      kB(totals.gzip),
      kB(totals.br),
      `${((totals.br / totals.identity) * 100).toFixed(1)} %`,
    ]);
    printTable(table);
  } finally {
    server.close();
  }
}

await main();
