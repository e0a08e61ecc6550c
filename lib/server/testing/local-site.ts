import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A tiny web site on 127.0.0.1 for URL-import tests: fixed pages, an error page and a redirect into a
// private address. It listens on an ephemeral port and closes when the test is done.

export interface LocalSite {
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startLocalSite(pages: Record<string, string>): Promise<LocalSite> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/error') return void res.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Server error</h1>');
    if (path === '/redirect-private') return void res.writeHead(302, { Location: 'http://10.0.0.1/secret' }).end();
    const page = pages[path];
    if (page === undefined) return void res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A newsroom-style page pair written for tests: an English edition linking to its Korean original. */
export function articlePages(koreanPath: string) {
  const english = `<!doctype html><html lang="en"><head><title>Port strike ends after three days | Test Daily</title>
<link rel="alternate" hreflang="ko" href="${koreanPath}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike ends after three days</h1><p class="byline">By Test Reporter</p>
<p>Dock workers in Busan returned to work on Friday after a three-day strike that had halted container traffic.</p>
<p>The union said it accepted a 4.5 percent pay rise. About 1,200 workers had joined the walkout.</p>
<figure><img src="x.jpg"><figcaption>Cranes stand idle at the port on Wednesday.</figcaption></figure>
<p>Shipping companies said they expected delays to ease by next week.</p></article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Exports rise in October</a></li></ul></aside></body></html>`;
  const korean = `<!doctype html><html lang="ko"><head><title>부산항 파업 사흘 만에 끝나 | 테스트일보</title></head><body>
<article><h1>부산항 파업 사흘 만에 끝나</h1>
<p>부산항 부두 노동자들이 사흘간의 파업을 끝내고 금요일 업무에 복귀했다. 파업으로 컨테이너 운송이 멈춰 있었다.</p>
<p>노조는 임금 4.5% 인상안을 받아들였다고 밝혔다. 파업에는 약 1,200명이 참여했다.</p>
<p>해운사들은 다음 주까지 지연이 줄어들 것으로 내다봤다.</p></article></body></html>`;
  return { english, korean };
}
