/** Simulated Teams users for the soak: each asks, presses buttons and waits for its answer, one thing at a time. */
import { randomUUID } from 'node:crypto';
import type { DemoTenant } from '../src/demoTenant/demoTenant';
import type { DateRange } from '../src/domain/dateRange';
import type { SoakConnector } from './soakConnector';
import { expectedTotals, judge, type Totals, type Verdict } from './soakExpected';

/** `button`: a page or currency of the report (totals judged); `drilldown`: any other view (answer judged). */
export type ActionKind = 'question' | 'button' | 'drilldown' | 'help' | 'noPeriod' | 'hostile';

/** One thing a user did, and how it went. */
export interface Outcome {
  kind: ActionKind;
  verdict: Verdict | 'answered' | 'noAnswer';
  /** The answer came after the turn, proactively (or as a card update). */
  late: boolean;
  ms: number;
}

export interface SoakWorld {
  botUrl: string;
  tenant: DemoTenant;
  connector: SoakConnector;
  ranges: DateRange[];
  random: () => number;
  /** Longest wait for a late answer. */
  lateTimeoutMs: number;
}

const CARD = 'application/vnd.microsoft.card.adaptive';
const HOSTILE = [
  '<script>alert(1)</script> cost last month',
  "'; DROP TABLE reports; --",
  '{{7*7}} ${7*7}',
  '\u202eyadnom tsal tsoc',
  'cost in 99999',
  'cost from 0001-01-01 to 9999-12-31',
  'x'.repeat(10_000),
  '**cost** _last_ `month`',
];

interface Shown {
  card: any;
  range: DateRange;
}

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function buttonsOf(card: any): Array<{ verb: string; data: Record<string, unknown> }> {
  const found: Array<{ verb: string; data: Record<string, unknown> }> = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute') found.push(node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** One simulated person in their own personal chat with the bot. */
export class SoakUser {
  private readonly conversationId: string;
  private shown: Shown | undefined;
  private presses = 0;
  private readonly expected = new Map<string, Record<string, Totals>>();

  constructor(
    private readonly world: SoakWorld,
    index: number,
  ) {
    this.conversationId = `soak-conversation-${index}`;
  }

  /** Does one random thing and reports how it went. */
  async act(): Promise<Outcome> {
    const roll = this.world.random();
    if (roll < 0.3 && this.shown) return this.pressButton(this.shown);
    if (roll < 0.85) return this.ask();
    if (roll < 0.9) return this.chat('help', 'help');
    if (roll < 0.95) return this.chat('noPeriod', 'how much did we spend?');
    return this.chat('hostile', pick(HOSTILE, this.world.random));
  }

  private activity(extra: Record<string, unknown>): Record<string, unknown> {
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.world.connector.serviceUrl,
      from: { id: `${this.conversationId}-user`, name: 'Soak User', aadObjectId: randomUUID() },
      recipient: { id: 'soak-bot', name: 'Dial-out Insights' },
      conversation: { id: this.conversationId, conversationType: 'personal', tenantId: this.world.tenant.tenantId },
      channelData: { tenant: { id: this.world.tenant.tenantId } },
      locale: 'en-US',
      localTimezone: 'UTC',
      timestamp: new Date().toISOString(),
      ...extra,
    };
  }

  private async post(activity: Record<string, unknown>): Promise<any> {
    const response = await fetch(`${this.world.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (response.status >= 500) throw new Error(`the bot answered ${response.status}`);
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  }

  private expectedFor(range: DateRange): Record<string, Totals> {
    const key = `${range.first}|${range.last}`;
    let totals = this.expected.get(key);
    if (!totals) {
      totals = expectedTotals(this.world.tenant, range);
      this.expected.set(key, totals);
    }
    return totals;
  }

  private async ask(): Promise<Outcome> {
    const range = pick(this.world.ranges, this.world.random);
    const started = Date.now();
    const body = await this.post(this.activity({ type: 'message', text: `cost from ${range.first} to ${range.last}`, deliveryMode: 'expectReplies' }));
    let card = (body?.activities ?? []).flatMap((a: any) => a.attachments ?? []).find((a: any) => a.contentType === CARD)?.content;
    const late = card === undefined;
    if (late) card = await this.world.connector.nextCard({ conversationId: this.conversationId }, this.world.lateTimeoutMs);
    const verdict = card === undefined ? 'noAnswer' : judge(card, this.expectedFor(range));
    if (verdict === 'exact' && buttonsOf(card).length > 0) this.shown = { card, range };
    return { kind: 'question', verdict, late, ms: Date.now() - started };
  }

  /**
   * Presses a button of the last report card. Page buttons are judged on their totals; other views
   * (drill-downs) only on being answered, and they run in a conversation of their own so that their
   * late updates and posts cannot be taken for the answer to a later question.
   */
  private async pressButton(shown: Shown): Promise<Outcome> {
    // Drill-downs read Graph again (per person, per week…): one press in ten, so Graph's 200 requests a minute last.
    const buttons = buttonsOf(shown.card);
    const pages = buttons.filter((button) => button.data.view === 'report');
    const button = pick(pages.length > 0 && this.world.random() < 0.9 ? pages : buttons, this.world.random);
    const page = button.data.view === 'report';
    this.presses += 1;
    const cardId = `soak-card-${this.presses}`;
    const started = Date.now();
    const press = this.activity({ type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId, value: { action: { type: 'Action.Execute', verb: button.verb, data: button.data } } });
    if (!page) press.conversation = { ...(press.conversation as object), id: `${this.conversationId}-view-${this.presses}` };
    const body = await this.post(press);
    let card = body?.type === CARD ? body.value : undefined;
    const late = page && card === undefined && body?.type === 'application/vnd.microsoft.activity.message';
    if (late) card = await this.world.connector.nextCard({ conversationId: this.conversationId, update: cardId }, this.world.lateTimeoutMs);
    if (!page) {
      const answered = card !== undefined || body?.type === 'application/vnd.microsoft.activity.message';
      const verdict = card !== undefined && judge(card, {}) === 'clearError' ? 'clearError' : answered ? 'answered' : 'noAnswer';
      return { kind: 'drilldown', verdict, late, ms: Date.now() - started };
    }
    const verdict = card === undefined ? 'noAnswer' : judge(card, this.expectedFor(shown.range));
    if (verdict === 'exact') this.shown = { card, range: shown.range };
    return { kind: 'button', verdict, late, ms: Date.now() - started };
  }

  private async chat(kind: ActionKind, text: string): Promise<Outcome> {
    const started = Date.now();
    const body = await this.post(this.activity({ type: 'message', text, deliveryMode: 'expectReplies' }));
    const answeredNow = (body?.activities ?? []).some((a: any) => (a.attachments?.length ?? 0) > 0 || (typeof a.text === 'string' && a.text.trim() !== ''));
    // Some hostile texts still hold a real question ("… cost last month"): its answer may come late.
    const late = !answeredNow && (await this.world.connector.nextCard({ conversationId: this.conversationId }, this.world.lateTimeoutMs)) !== undefined;
    return { kind, verdict: answeredNow || late ? 'answered' : 'noAnswer', late, ms: Date.now() - started };
  }
}
