import { describe, expect, it } from 'vitest';
import { digestText } from '../../src/pipeline.js';

function entities(text: string) {
  return digestText(text).entities.map((e) => ({ text: e.text, type: e.type, ticker: e.ticker, title: e.title, count: e.count }));
}

describe('entities', () => {
  const cases: { text: string; expected: { text: string; type: string; ticker?: string | null; title?: string | null; count?: number }[] }[] = [
    { text: 'Prime Minister Sanae Takaichi won. Takaichi spoke.', expected: [{ text: 'Sanae Takaichi', type: 'person', title: 'Prime Minister', count: 2 }] },
    { text: 'Bank of Japan Governor Kazuo Ueda spoke.', expected: [{ text: 'Bank of Japan', type: 'organization' }, { text: 'Kazuo Ueda', type: 'person', title: 'Governor' }] },
    { text: 'Fed Chair Jerome Powell spoke.', expected: [{ text: 'Federal Reserve', type: 'organization' }, { text: 'Jerome Powell', type: 'person' }] },
    { text: 'Intel Corp. (NASDAQ: INTC) rose. Intel said more.', expected: [{ text: 'Intel Corp.', type: 'company', ticker: 'INTC', count: 2 }] },
    { text: 'The Bank of Japan (BoJ) held. The BoJ said.', expected: [{ text: 'Bank of Japan', type: 'organization', count: 3 }] },
    { text: 'Advanced Micro Devices, Inc. (NASDAQ: AMD) rose.', expected: [{ text: 'Advanced Micro Devices, Inc.', type: 'company', ticker: 'AMD' }] },
    { text: '"Rates will fall," said Jane Doe, chief economist at Acme Capital.', expected: [{ text: 'Jane Doe', type: 'person' }, { text: 'Acme Capital', type: 'company' }] },
    { text: 'Stocks rose in the U.S. and Britain.', expected: [{ text: 'United States', type: 'place' }, { text: 'United Kingdom', type: 'place' }] },
    { text: 'Tokyo Electron Ltd. (TYO: 8035) gained.', expected: [{ text: 'Tokyo Electron Ltd.', type: 'company', ticker: '8035' }] },
    { text: 'The Korea Exchange (KRX) said trading resumed.', expected: [{ text: 'Korea Exchange', type: 'organization' }] },
    { text: 'Samsung Electronics and Mitsubishi Heavy Industries, Ltd. rose.', expected: [{ text: 'Samsung Electronics', type: 'company' }, { text: 'Mitsubishi Heavy Industries, Ltd.', type: 'company' }] },
    { text: 'CEO Jane Roe said Acme Holdings Inc. will grow.', expected: [{ text: 'Jane Roe', type: 'person', title: 'CEO' }, { text: 'Acme Holdings Inc.', type: 'company' }] },
    { text: 'The European Central Bank (ECB) kept rates.', expected: [{ text: 'European Central Bank', type: 'organization', count: 2 }] },
    { text: 'Apple (NASDAQ: AAPL) rose.', expected: [{ text: 'Apple', type: 'company', ticker: 'AAPL' }] },
    { text: 'In Tokyo, Advantest Corp. rose.', expected: [{ text: 'Tokyo', type: 'place' }, { text: 'Advantest Corp.', type: 'company' }] },
    { text: 'Rio Tinto fell 3.2% and Novo Nordisk shares slid 6.2%.', expected: [{ text: 'Rio Tinto', type: 'company' }, { text: 'Novo Nordisk', type: 'company' }] },
    { text: 'Movers: Equinor +1.9%, Volvo Car -2.4%.', expected: [{ text: 'Equinor', type: 'company' }, { text: 'Volvo Car', type: 'company' }] },
    { text: 'Taiwan Semiconductor Manufacturing Co. (2330.TW) fell 2.6%.', expected: [{ text: 'Taiwan Semiconductor Manufacturing Co.', type: 'company', ticker: '2330' }] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    const got = entities(text);
    for (const e of expected) expect(got).toContainEqual(expect.objectContaining(e));
  });

  const negatives: [string, string][] = [
    ['The Corporate Governance Code was revised.', 'company'],
    ['The AI Promotion Act of 2025 passed.', 'company'],
    ['Australia\'s S&P/ASX 200 rose.', 'organization'],
    ['Caterpillar Inc. (NYSE: CAT) rose.', 'organization'],
    ['Raised US$2bn.', 'place'],
    ['Exports rose 5% and Oil fell 2%.', 'company'],
    ['Japan rose 2% in the survey.', 'company'],
    ['KOSPI HITS ALL-TIME HIGH, ENDS UP 1.1%', 'company'],
  ];
  it.each(negatives)('%j has no %s', (text, type) => {
    expect(entities(text).filter((e) => e.type === type)).toEqual([]);
  });
});
