// The web interface in a real browser. The tests run in order on one database:
// e2e/run.sh ingests examples/news.jsonl, and the first test codes the reference
// article (examples/fsb-kaluga-isk.txt) live through the page, which the later tests
// then find on the map, in the table and on its event page.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');

const examples = path.join(__dirname, '..', '..', 'examples');
const token = process.env.TIDINGS_TOKEN || '';
const shots = process.env.SCREENSHOTS ? path.join(__dirname, '..', '..', 'docs') : null;

async function shoot(page, name) {
  if (shots) await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

/** Fails the test on any script error or dialog, and on any request to another host. */
function watch(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') problems.push('request to ' + r.url());
  });
  return problems;
}

test.describe.serial('tidings web interface', () => {
  test('paste the reference article and see the foiled plot and IS-K', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/#/paste');
    await page.fill('#paste-token', token);
    await page.fill('#paste-title', 'FSB foils IS-K plot against Moscow synagogue');
    await page.fill('#paste-published', '2024-03-09');
    await page.fill('#paste-text', fs.readFileSync(path.join(examples, 'fsb-kaluga-isk.txt'), 'utf8'));
    await page.click('#paste-submit');
    const result = page.locator('#paste-result section.posted');
    // The first document loads the pipeline's models (slow in a debug build).
    await expect(result).toHaveCount(1, { timeout: 60_000 });
    await expect(result).toHaveAttribute('data-status', 'new');
    const foiled = page.locator('#posted-events tbody tr', { has: page.locator('td.modality', { hasText: 'foiled' }) });
    await expect(foiled.first()).toBeVisible();
    await expect(foiled.first()).toContainText(/IS-K|Islamic State Khorasan/);
    // The evidence is highlighted in the text, field by field.
    for (const field of ['event', 'date', 'place', 'actor1', 'actor2', 'attribution']) {
      await expect(page.locator(`#posted-text mark[data-field=${field}]`).first()).toBeVisible();
    }
    await expect(page.locator('#posted-text mark[data-field=place]').first()).toContainText(/Moscow|Kaluga/);
    await shoot(page, 'web-paste.png');
    expect(problems).toEqual([]);
  });

  test('the map shows the events, with a timeline and a table', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/');
    await expect(page.locator('#map path.country').first()).toBeAttached();
    expect(await page.locator('#map path.country').count()).toBeGreaterThan(150);
    const dots = page.locator('#map a.event-dot');
    await expect(dots.first()).toBeAttached();
    expect(await dots.count()).toBeGreaterThan(10);
    expect(await page.locator('#timeline rect.bar').count()).toBeGreaterThan(3);
    expect(await page.locator('#events-table tbody tr').count()).toBeGreaterThan(10);
    await shoot(page, 'web-map.png');
    expect(problems).toEqual([]);
  });

  test('filter by country and date; map, timeline and table agree', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/');
    await page.selectOption('#f-country', 'RU');
    await page.fill('#f-since', '2024-03-01');
    await page.fill('#f-until', '2024-03-31');
    await page.click('#filters button[type=submit]');
    await expect(page).toHaveURL(/country=RU/);
    await expect(page.locator('body')).toHaveAttribute('data-shown', /country=RU/);
    const rows = page.locator('#events-table tbody tr');
    await expect(rows.first()).toBeVisible();
    const n = await rows.count();
    for (let i = 0; i < n; i++) {
      await expect(rows.nth(i).locator('td').nth(5)).toContainText('RU');
      const date = await rows.nth(i).locator('td').first().innerText();
      expect(date.startsWith('2024-03')).toBeTruthy();
    }
    expect(await page.locator('#map a.event-dot').count()).toBe(n);
    // The timeline counts the same events (by the first day each may be).
    const counts = await page.locator('#timeline rect.bar').evaluateAll((bars) => bars.map((b) => Number(b.dataset.count)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    await expect(page.locator('#count')).toContainText(`${n} event`);
    await shoot(page, 'web-filtered.png');
    expect(problems).toEqual([]);
  });

  test('brushing the timeline filters by its months', async ({ page }) => {
    await page.goto('/');
    const chart = page.locator('#timeline');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page).toHaveURL(/since=\d{4}-\d{2}-01.*until=\d{4}-\d{2}-\d{2}/);
    await expect(page.locator('body')).toHaveAttribute('data-shown', /since=/);
    await expect(page.locator('#events-table tbody tr').first()).toBeVisible();
  });

  test('an event page highlights each source\'s evidence field by field', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/#/?country=RU&since=2024-03-01&until=2024-03-31');
    await page.locator('#events-table tbody tr a').first().click();
    await expect(page.locator('#event-title')).toBeVisible();
    const article = page.locator('section.source .article').first();
    await expect(article).toContainText('synagogue');
    for (const field of ['event', 'date', 'place', 'actor1', 'attribution']) {
      await expect(article.locator(`mark[data-field=${field}]`).first()).toBeVisible();
    }
    await expect(page.locator('table.evidence-table tr[data-field=date]').first()).toBeVisible();
    await expect(page.locator('dl.facts')).toContainText('Kaluga');
    await expect(page.locator('dl.facts')).not.toContainText('[object');
    await shoot(page, 'web-event.png');
    // On to the actor's page.
    await page.goto('/#/actor/IS-K');
    await expect(page.locator('#actor-name')).toBeVisible();
    await expect(page.locator('#leaders')).toContainText('Hafiz Saeed Khan');
    await expect(page.locator('#actor-timeline')).toBeVisible();
    await shoot(page, 'web-actor.png');
    expect(problems).toEqual([]);
  });

  test('a hostile article runs nothing', async ({ page, request }) => {
    const problems = watch(page);
    const hostile = '<img src=x onerror="window.__pwned=1;alert(1)">';
    const script = '<script>window.__pwned=2;alert(2)</script>';
    const text = `Gunmen killed two people in Kano, Nigeria, on 3 May 2024, police said. ${script}\n` +
      `Witnesses said the attackers ${hostile} fled on motorcycles.`;
    const posted = await request.post('/api/documents', {
      headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
      data: JSON.stringify({ id: 'hostile-1', title: `${script}${hostile} Kano attack`, published: '2024-05-04', text }),
    });
    expect(posted.status()).toBe(201);
    for (const target of ['/#/document/hostile-1', '/#/search?q=Kano']) {
      await page.goto(target);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForTimeout(300);
    }
    await page.goto('/#/document/hostile-1');
    await expect(page.locator('#document-text')).toContainText('<script>window.__pwned=2');
    await expect(page.locator('main h1')).toContainText('<img src=x onerror=');
    // Pasted live, too.
    await page.goto('/#/paste');
    await page.fill('#paste-token', token);
    await page.fill('#paste-title', hostile);
    await page.fill('#paste-text', text + '\nA second paragraph makes this text new.');
    await page.click('#paste-submit');
    await expect(page.locator('#paste-result section.posted')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('#paste-result')).toContainText(hostile);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('main script, main img').count()).toBe(0);
    await shoot(page, 'web-hostile.png');
    expect(problems).toEqual([]);
  });

  test('code an article by its URL: the server fetches the page', async ({ page }) => {
    const problems = watch(page);
    const url = process.env.ARTICLE_URL;
    expect(url, 'e2e/run.sh serves a local article page').toBeTruthy();
    await page.goto('/#/paste');
    await page.fill('#paste-token', token);
    await page.fill('#paste-url', url);
    await page.click('#paste-submit');
    const result = page.locator('#paste-result section.posted');
    await expect(result).toHaveCount(1, { timeout: 60_000 });
    await expect(result).toHaveAttribute('data-status', 'new');
    await expect(result.locator('h2')).toContainText('Gunmen kill three villagers near Maiduguri');
    await expect(page.locator('#posted-events tbody tr').first()).toContainText('Maiduguri');
    await expect(page.locator('#posted-text mark', { hasText: 'Maiduguri' }).first()).toBeVisible();
    // A URL that is not http(s) is refused with the reason.
    await page.fill('#paste-url', 'file:///etc/passwd');
    await page.click('#paste-submit');
    await expect(page.locator('#paste-result .error')).toContainText('fetch_failed');
    expect(problems).toEqual([]);
  });
});
