import { describe, expect, it } from 'vitest';
import { findTickers } from '../../src/extract/tickers.js';

describe('findTickers', () => {
  const cases: { text: string; span: string; symbol: string; exchange: string | null }[] = [
    { text: 'Intel Corp. (NASDAQ: INTC) rose', span: '(NASDAQ: INTC)', symbol: 'INTC', exchange: 'NASDAQ' },
    { text: 'Advantest Corp. (TYO: 6857)', span: '(TYO: 6857)', symbol: '6857', exchange: 'TYO' },
    { text: 'Caterpillar Inc. (NYSE: CAT)', span: '(NYSE: CAT)', symbol: 'CAT', exchange: 'NYSE' },
    { text: 'Toyota (7203.T) gained', span: '7203.T', symbol: '7203', exchange: 'TYO' },
    { text: 'Tencent 0700.HK fell', span: '0700.HK', symbol: '0700', exchange: 'HKEX' },
    { text: 'buy $AAPL now', span: '$AAPL', symbol: 'AAPL', exchange: null },
    { text: 'BP (LSE: BP) rose', span: '(LSE: BP)', symbol: 'BP', exchange: 'LSE' },
    { text: 'Samsung (KRX: 005930)', span: '(KRX: 005930)', symbol: '005930', exchange: 'KRX' },
    { text: 'Toyota (NYSE: TM, TYO: 7203)', span: '(NYSE: TM, TYO: 7203)', symbol: 'TM', exchange: 'NYSE' },
    { text: 'BHP (ASX: BHP) slid', span: '(ASX: BHP)', symbol: 'BHP', exchange: 'ASX' },
    { text: 'Vodafone VOD.L slid', span: 'VOD.L', symbol: 'VOD', exchange: 'LSE' },
    { text: 'Reliance (NSE: RELIANCE)', span: '(NSE: RELIANCE)', symbol: 'RELIANCE', exchange: 'NSE' },
    { text: 'SAP (ETR: SAP) rose', span: '(ETR: SAP)', symbol: 'SAP', exchange: 'ETR' },
    { text: 'Nvidia (Nasdaq: NVDA) rose', span: '(Nasdaq: NVDA)', symbol: 'NVDA', exchange: 'NASDAQ' },
    { text: 'TSMC (TWSE: 2330)', span: '(TWSE: 2330)', symbol: '2330', exchange: 'TWSE' },
  ];
  it.each(cases)('$text', ({ text, span, symbol, exchange }) => {
    const [t] = findTickers(text);
    expect(t).toBeDefined();
    expect(text.slice(t!.start, t!.end)).toBe(span);
    expect(t!.symbol).toBe(symbol);
    if (exchange) expect(t!.exchange === exchange || t!.exchange?.startsWith(exchange.slice(0, 3))).toBe(true);
    else expect(t!.exchange).toBeNull();
  });

  const negatives = ['The U.S. market', 'in the U.K. today', 'costs $5 each', '(see: page 2)', 'J.P. Morgan', '(Reuters: London)'];
  it.each(negatives)('no ticker in %j', (text) => {
    expect(findTickers(text)).toEqual([]);
  });
});
